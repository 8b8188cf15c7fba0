import Foundation
import HTTPTypes
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// The pages respondents reach through a survey link (maturity and network surveys alike): rendered without the
/// workspace chrome, never cached or indexed, with the double-submit cookie that protects their forms.
struct SurveyPages {
    let programme: any ProgrammeRepository
    let renderer: PageRenderer
    let configuration: WebConfiguration

    /// A full page from `model`, in the layout.
    func page(_ model: some PageModel, title: String, status: HTTPResponse.Status) async throws -> Response {
        let programme = try await self.programme.get()
        let layout = LayoutModel(title: title, programmeName: programme.name, language: programme.language)
        var response = Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: renderer.page(model, layout: layout))))
        // A survey page is not for search engines: its address is a secret.
        response.headers[HTTPField.Name("X-Robots-Tag")!] = "noindex"
        return response
    }

    /// A page with a heading and one paragraph: thanks, or why a link cannot be used.
    func message(_ heading: String, _ text: String, status: HTTPResponse.Status) async throws -> Response {
        try await page(
            SurveyMessageViewModel(heading: heading, message: text), title: heading, status: status)
    }

    /// The form's double-submit cookie, scoped to the link's own path so the token of one link cannot be replayed on
    /// another.
    func cookie(named name: String, _ value: String, path: String, maxAge: Int) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: path, secure: configuration.usesHTTPS, httpOnly: true,
            sameSite: .strict)
    }
}
