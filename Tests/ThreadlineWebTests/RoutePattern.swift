import Hummingbird
import ThreadlineWeb

/// One route of the live router, as its method and path pattern ("POST /workspace/codes/:id").
///
/// The security tests read the routes from the router itself, so a route added later is swept without anyone
/// remembering to list it.
struct RoutePattern: Hashable, Comparable, CustomStringConvertible, Sendable {
    /// The method.
    var method: HTTPRequest.Method
    /// The path as routed, parameters written `:name`.
    var path: String

    /// A route; `path` may write parameters `{name}`, as the router describes them, or `:name`, as routes are added.
    init(method: HTTPRequest.Method, path: String) {
        self.method = method
        let components = path.split(separator: "/").map { component in
            component.hasPrefix("{") && component.hasSuffix("}")
                ? ":\(component.dropFirst().dropLast())" : String(component)
        }
        self.path = "/" + components.joined(separator: "/")
    }

    /// Every route of `router`, in a stable order (so failures read the same from run to run).
    static func all(of router: Router<AppRequestContext>) -> [RoutePattern] {
        router.routes.map { RoutePattern(method: $0.method, path: $0.path.description) }.sorted()
    }

    static func < (lhs: RoutePattern, rhs: RoutePattern) -> Bool {
        (lhs.path, lhs.method.rawValue) < (rhs.path, rhs.method.rawValue)
    }

    var description: String { "\(method.rawValue) \(path)" }

    /// The path's components ("workspace", "codes", ":id"), without the leading empty one.
    var components: [String] { path.split(separator: "/").map(String.init) }

    /// Whether the route changes something: anything but GET, HEAD and OPTIONS.
    var isWrite: Bool { ![.get, .head, .options].contains(method) }

    /// Whether the route lives in the signed-in workspace.
    var isWorkspace: Bool { path == "/workspace" || path.hasPrefix("/workspace/") }

    /// Whether the route is part of the JSON API.
    var isAPI: Bool { path.hasPrefix("/api/") }

    /// Whether the route is a survey form that a link's secret opens, with no session or token.
    var isSurveyLink: Bool {
        let components = components
        return components.count == 2 && ["survey", "network-survey"].contains(components[0])
            && components[1] == ":token"
    }
}
