import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("OpenAPI description")
struct OpenAPITests {
    /// A route as "get /api/v1/stories/{id}": lower-cased method, `{name}` captures.
    struct Operation: Hashable, CustomStringConvertible {
        var method: String
        var path: String

        init(method: String, path: String) {
            self.method = method.lowercased()
            // `:id` (how routes are written) and `{id}` (how OpenAPI writes them) are the same capture.
            self.path = path.split(separator: "/", omittingEmptySubsequences: false).map { component in
                component.hasPrefix(":") ? "{\(component.dropFirst())}" : String(component)
            }.joined(separator: "/")
        }

        var description: String { "\(method) \(path)" }
    }

    static let httpMethods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// Fetches and parses the document.
    static func document(_ client: any TestClientProtocol) async throws -> JSONValue {
        let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
        #expect(response.status == .ok)
        #expect(response.contentType?.hasPrefix("application/json") == true)
        return try response.json()
    }

    @Test("/api/v1/openapi.json is JSON describing OpenAPI 3.1.0")
    func isOpenAPI31() async throws {
        try await withApp { _, client in
            let document = try await Self.document(client)
            #expect(document["openapi"] == .string("3.1.0"))
            #expect(document["info"]?["title"]?.stringValue?.isEmpty == false)
            #expect(document["info"]?["version"]?.stringValue != nil)
            #expect(document["servers"]?.arrayValue?.first?["url"] == .string("https://hub.test"))
            #expect(document["paths"]?.objectValue?.isEmpty == false)
        }
    }

    @Test("The document describes exactly the API's routes: each one, and nothing else")
    func pathsMatchRouter() async throws {
        let hub = try await TestHub.make(loadDemo: false)
        try await hub.store.closing {
            let router = try await ThreadlineApplication.router(hub.dependencies)
            let routed = Set(
                router.routes.map { Operation(method: $0.method.rawValue, path: $0.path.description) }
                    .filter { $0.path.hasPrefix("/api/v1") }
            )
            // Sanity: the router does serve the API (so an empty set cannot pass by accident).
            #expect(routed.contains(Operation(method: "GET", path: "/api/v1/stories")))
            #expect(routed.contains(Operation(method: "PATCH", path: "/api/v1/stories/:id")))
            #expect(routed.count >= EntityKind.allCases.count * 6)

            let app = Application(router: router)
            try await app.test(.router) { client in
                let document = try await Self.document(client)
                let paths = try #require(document["paths"]?.objectValue)
                var described: Set<Operation> = []
                for (path, item) in paths {
                    let methods = try #require(item.objectValue, "\(path) is not an object").keys
                    for method in methods where Self.httpMethods.contains(method) {
                        described.insert(Operation(method: method, path: path))
                    }
                }
                let undocumented = routed.subtracting(described).map(\.description).sorted()
                let phantom = described.subtracting(routed).map(\.description).sorted()
                #expect(undocumented.isEmpty, "routes missing from the document: \(undocumented)")
                #expect(phantom.isEmpty, "described but not routed: \(phantom)")
                #expect(described == routed)
            }
        }
    }

    @Test("Every collection has list, create, get, replace, change and delete")
    func everyKindIsDescribed() async throws {
        try await withApp(loadDemo: false) { _, client in
            let paths = try #require(try await Self.document(client)["paths"]?.objectValue)
            for kind in EntityKind.allCases {
                let collection = try #require(paths["/api/v1/\(kind.pathSegment)"], "\(kind)")
                #expect(collection.objectValue.map { Set($0.keys) } == ["get", "post"])
                let item = try #require(paths["/api/v1/\(kind.pathSegment)/{id}"], "\(kind)")
                #expect(item.objectValue.map { Set($0.keys) } == ["get", "put", "patch", "delete"])
            }
        }
    }

    @Test("Path parameters are declared, references resolve, and schemas carry every field of Core's")
    func documentIsConsistent() async throws {
        try await withApp(loadDemo: false) { _, client in
            let document = try await Self.document(client)
            let paths = try #require(document["paths"]?.objectValue)
            let schemas = try #require(document["components"]?["schemas"]?.objectValue)
            var operationIDs: [String] = []

            for (path, item) in paths {
                for (method, operation) in item.objectValue ?? [:] where Self.httpMethods.contains(method) {
                    if let id = operation["operationId"]?.stringValue { operationIDs.append(id) }
                    #expect(operation["responses"]?.objectValue?.isEmpty == false, "\(method) \(path)")
                    let declared = Set(
                        (operation["parameters"]?.arrayValue ?? []).filter { $0["in"] == .string("path") }
                            .compactMap { $0["name"]?.stringValue })
                    let captured = Set(
                        path.split(separator: "/").filter { $0.hasPrefix("{") }.map {
                            String($0.dropFirst().dropLast())
                        })
                    #expect(declared == captured, "\(method) \(path) declares \(declared), captures \(captured)")
                }
            }
            #expect(operationIDs.count == Set(operationIDs).count, "operation IDs are unique")

            // Every $ref points at a schema that exists.
            func references(in value: JSONValue) -> [String] {
                switch value {
                case .object(let members):
                    let own = members["$ref"]?.stringValue.map { [$0] } ?? []
                    return own + members.values.flatMap(references)
                case .array(let elements): return elements.flatMap(references)
                default: return []
                }
            }
            let refs = references(in: document)
            #expect(!refs.isEmpty)
            for ref in refs {
                #expect(ref.hasPrefix("#/components/schemas/"), "\(ref)")
                #expect(schemas[String(ref.dropFirst("#/components/schemas/".count))] != nil, "\(ref) resolves")
            }

            // The Story schema has every field Core's schema has, and requires the required ones.
            let story = try #require(schemas["Story"])
            let properties = Set(story["properties"]?.objectValue?.keys.map { $0 } ?? [])
            #expect(properties.isSuperset(of: Story.schema.fields.map(\.key)))
            let required = Set(story["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            #expect(required == Set(Story.schema.fields.filter(\.isRequired).map(\.key)))
        }
    }
}
