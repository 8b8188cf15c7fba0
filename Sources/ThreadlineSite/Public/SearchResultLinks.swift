import ThreadlineCore
import ThreadlineStore

/// Where each result leads, and its snippet as safe HTML.
public enum SearchResultLinks {
    /// The page of a hit: a transcript line opens its testimony at that moment (Media Fragments `#t=`).
    public static func url(of hit: SearchHit, placeSlugs: [String: String]) -> String {
        switch hit.kind {
        case .story: "/stories/\(hit.slug ?? "")"
        case .caseStudy: "/case-studies/\(hit.slug ?? "")"
        case .newsPost: "/news/\(hit.slug ?? "")"
        case .milestone:
            hit.placeID.flatMap { placeSlugs[$0] }.map { "/places/\($0)" } ?? "/"
        case .testimony: "/testimony/\(hit.entityID)"
        case .transcriptCue: "/testimony/\(hit.entityID)#t=\(TimeSpanText.seconds(hit.startMs ?? 0))"
        case .report: "/reports/\(hit.slug ?? "")"
        case .reflectiveLog: "/reflective-logs/\(hit.slug ?? "")"
        case .programmeTheory: "/theories/\(hit.slug ?? "")"
        }
    }

    /// The snippet escaped for HTML, its matched words in `<mark>`.
    public static func snippetHTML(_ snippet: String) -> String {
        var html = ""
        html.reserveCapacity(snippet.utf8.count + 32)
        for character in snippet {
            switch character {
            case SearchHit.markStart: html += "<mark>"
            case SearchHit.markEnd: html += "</mark>"
            case "&": html += "&amp;"
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            case "\"": html += "&quot;"
            case "'": html += "&#39;"
            case "\n": html += " "
            default: html.append(character)
            }
        }
        return html
    }
}
