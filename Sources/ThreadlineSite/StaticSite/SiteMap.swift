import Foundation

/// `sitemap.xml` and `robots.txt`, by the Sitemaps protocol (https://www.sitemaps.org/protocol.html): absolute
/// addresses under the site's base URL, XML-escaped.
public enum SiteMap {
    /// The sitemap listing each page address, in the order given.
    public static func xml(baseURL: String, addresses: [String]) -> Data {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        text += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for address in addresses {
            text += "<url><loc>\(escaped(baseURL + address))</loc></url>\n"
        }
        text += "</urlset>\n"
        return Data(text.utf8)
    }

    /// Text escaped for XML content (the five characters the Sitemaps protocol asks to escape).
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }

    /// `robots.txt`: everything may be crawled, and the sitemap is where to start.
    public static func robots(baseURL: String) -> Data {
        Data("User-agent: *\nAllow: /\nSitemap: \(baseURL)/sitemap.xml\n".utf8)
    }
}
