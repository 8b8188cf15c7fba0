import Foundation
import ThreadlineCore

/// Builds the OpenAPI 3.1 description of the JSON API from the same schemas that check requests,
/// so the description cannot drift from what the API accepts.
enum OpenAPIDocument {
    static func json(serverURL: String) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(document(serverURL: serverURL))
    }

    static func document(serverURL: String) -> JSONValue {
        var paths: [String: JSONValue] = [:]
        var schemas: [String: JSONValue] = [
            "Error": object([
                "type": "object", "required": array(["error"]),
                "properties": object([
                    "error": object([
                        "type": "object", "required": array(["code", "message", "fields"]),
                        "properties": object([
                            "code": object(["type": "string"]), "message": object(["type": "string"]),
                            "fields": object([
                                "type": "object",
                                "additionalProperties": object(["type": "array", "items": object(["type": "string"])]),
                            ]),
                        ]),
                    ])
                ]),
            ]),
            "Programme": programmeSchema,
        ]
        for kind in EntityKind.allCases {
            let schema = kind.schema
            let name = schemaName(kind)
            schemas[name] = entitySchema(schema)
            let reference = object(["$ref": .string("#/components/schemas/\(name)")])
            let listSchema = object([
                "type": "object", "required": array(["items", "total", "limit", "offset"]),
                "properties": object([
                    "items": object(["type": "array", "items": reference]), "total": object(["type": "integer"]),
                    "limit": object(["type": "integer"]), "offset": object(["type": "integer"]),
                ]),
            ])
            var listParameters: [JSONValue] = [
                query(
                    "status", "draft or published (the public sees published only)", enumValues: ["draft", "published"]),
                query("limit", "page size, 1–100 (default 50)", type: "integer"),
                query("offset", "items to skip (default 0)", type: "integer"),
            ]
            if schema.field("place_id") != nil {
                listParameters.append(query("place", "only items of this place (ID)"))
            }
            if schema.field("enabler_id") != nil {
                listParameters.append(query("enabler", "only items linked to this enabler (ID)"))
            }
            let plural = kind.pluralName
            let singular = kind.singularName
            paths["/api/v1/\(kind.pathSegment)"] = object([
                "get": operation(
                    "List \(plural)", id: "list_\(kind.rawValue)", parameters: listParameters,
                    responses: ["200": ok(listSchema)]),
                "post": operation(
                    "Create a \(singular)", id: "create_\(kind.rawValue)", body: reference, secured: true,
                    responses: ["201": ok(reference), "401": error, "403": error, "409": error, "422": error]
                ),
            ])
            let idParameter = pathID()
            paths["/api/v1/\(kind.pathSegment)/{id}"] = object([
                "get": operation(
                    "Get a \(singular)", id: "get_\(kind.rawValue)", parameters: [idParameter],
                    responses: ["200": ok(reference), "404": error]),
                "put": operation(
                    "Replace a \(singular)'s fields", id: "replace_\(kind.rawValue)", parameters: [idParameter],
                    body: reference,
                    secured: true,
                    responses: [
                        "200": ok(reference), "401": error, "403": error, "404": error, "409": error, "422": error,
                    ]
                ),
                "patch": operation(
                    "Change some of a \(singular)'s fields", id: "change_\(kind.rawValue)", parameters: [idParameter],
                    body: reference, secured: true,
                    responses: [
                        "200": ok(reference), "401": error, "403": error, "404": error, "409": error, "422": error,
                    ]
                ),
                "delete": operation(
                    "Delete a \(singular)", id: "delete_\(kind.rawValue)", parameters: [idParameter], secured: true,
                    responses: ["204": object(["description": "Deleted"]), "401": error, "403": error, "404": error]
                ),
            ])
        }
        let programmeReference = object(["$ref": "#/components/schemas/Programme"])
        paths["/api/v1/programme"] = object([
            "get": operation(
                "Get the programme's description", id: "get_programme", responses: ["200": ok(programmeReference)]),
            "put": operation(
                "Replace the programme's description", id: "replace_programme", body: programmeReference, secured: true,
                responses: ["200": ok(programmeReference), "401": error, "403": error, "422": error]
            ),
        ])
        let testimonyReference = object(["$ref": .string("#/components/schemas/\(schemaName(.testimony))")])
        let cueList = object([
            "type": "object",
            "properties": object([
                "cues": object([
                    "type": "array",
                    "items": object([
                        "type": "object", "required": array(["start_ms", "end_ms", "text"]),
                        "properties": object([
                            "start_ms": object(["type": "integer"]), "end_ms": object(["type": "integer"]),
                            "speaker": object(["type": array(["string", "null"])]), "text": object(["type": "string"]),
                        ]),
                    ]),
                ])
            ]),
        ])
        var importedCueList = cueList
        if case .object(var fields) = cueList, case .object(var properties)? = fields["properties"] {
            properties["notes"] = object(["type": "array", "items": object(["type": "string"])])
            fields["properties"] = .object(properties)
            importedCueList = .object(fields)
        }
        paths["/api/v1/testimony/{id}/recording"] = object([
            "put": rawBodyOperation(
                "Upload a testimony's recording (the body is the file: MP3, M4A/AAC, WAV, OGG/Opus, MP4 or WebM; "
                    + "its type is read from its bytes)",
                id: "upload_testimony_recording", mediaType: "application/octet-stream",
                parameters: [pathID(), query("name", "the file's name, kept for the team's reference")],
                responses: [
                    "200": ok(testimonyReference), "401": error, "403": error, "404": error, "413": error,
                    "422": error,
                ])
        ])
        paths["/api/v1/testimony/{id}/transcript"] = object([
            "get": operation(
                "Get a testimony's transcript", id: "get_testimony_transcript", parameters: [pathID()],
                responses: ["200": ok(cueList), "404": error]),
            "put": rawBodyOperation(
                "Replace a testimony's transcript (WebVTT, SRT, YouTube SBV or text with [hh:mm:ss] stamps); the answer's "
                    + "notes say what was changed on the way in (a cue with no text skipped, cues sorted)",
                id: "replace_testimony_transcript", mediaType: "text/plain",
                parameters: [
                    pathID(),
                    query(
                        "format", "the body's format; taken from `name`'s extension, then the content, when left out",
                        enumValues: ["vtt", "srt", "sbv", "text"]),
                    query("name", "the file's name, whose extension says its format when `format` is left out"),
                ],
                responses: ["200": ok(importedCueList), "401": error, "403": error, "404": error, "422": error]),
        ])
        let reportReference = object(["$ref": .string("#/components/schemas/\(schemaName(.report))")])
        let sectionReference = object(["$ref": .string("#/components/schemas/\(schemaName(.reportSection))")])
        let versionBody = object([
            "type": "object",
            "properties": object([
                "number": object(["type": "integer"]), "published_at": object(["type": "string"]),
                "report": reportReference, "sections": object(["type": "array", "items": sectionReference]),
            ]),
        ])
        let versionList = object([
            "type": "object",
            "properties": object([
                "items": object([
                    "type": "array",
                    "items": object([
                        "type": "object",
                        "properties": object([
                            "number": object(["type": "integer"]), "published_at": object(["type": "string"]),
                        ]),
                    ]),
                ])
            ]),
        ])
        paths["/api/v1/reports/{id}/versions"] = object([
            "get": operation(
                "List a report's published versions, newest first", id: "list_report_versions",
                parameters: [pathID()], secured: true, responses: ["200": ok(versionList), "401": error, "404": error]),
            "post": operation(
                "Publish the report's published sections as a new version (editors); draft sections named in "
                    + "include_sections are published and included too",
                id: "publish_report_version", parameters: [pathID()],
                body: object([
                    "type": "object", "additionalProperties": false,
                    "properties": object([
                        "include_sections": object(["type": "array", "items": object(["type": "string"])])
                    ]),
                ]), bodyRequired: false, secured: true,
                responses: ["201": ok(versionBody), "401": error, "403": error, "404": error, "422": error]),
        ])
        paths["/api/v1/reports/{id}/versions/{number}"] = object([
            "get": operation(
                "One published version of a report: the report and its sections as published",
                id: "get_report_version",
                parameters: [
                    pathID(),
                    object([
                        "name": "number", "in": "path", "required": true, "schema": object(["type": "integer"]),
                    ]),
                ],
                secured: true, responses: ["200": ok(versionBody), "401": error, "404": error])
        ])
        let anyObject = object(["type": "object"])
        paths["/api/v1/networks"] = object([
            "get": operation(
                "List the partnership network survey waves, latest period first", id: "list_network_waves",
                secured: true, responses: ["200": ok(anyObject), "401": error])
        ])
        paths["/api/v1/networks/{id}"] = object([
            "get": operation(
                "A wave with its members (and whether each has answered) and its ties", id: "get_network_wave",
                parameters: [pathID()], secured: true, responses: ["200": ok(anyObject), "401": error, "404": error])
        ])
        paths["/api/v1/networks/{id}/metrics"] = object([
            "get": operation(
                "A wave's metrics: density, reciprocity, degrees, centralization, betweenness, reach, trust, value, "
                    + "completion; with compare, the change since that wave", id: "get_network_metrics",
                parameters: [pathID(), query("compare", "an earlier wave's ID")], secured: true,
                responses: ["200": ok(anyObject), "401": error, "404": error])
        ])
        paths["/api/v1/networks/{id}/graph"] = object([
            "put": operation(
                "Replace a wave's members ({key, name, sector, type}) and ties ({from, to, frequency, reliability, "
                    + "mission, openness, power, involvement, resources}; answers 1–4 or null) (editors)",
                id: "replace_network_graph", parameters: [pathID()], body: anyObject, secured: true,
                responses: ["200": ok(anyObject), "400": error, "401": error, "403": error, "404": error, "422": error])
        ])
        let hitList = object([
            "type": "object",
            "properties": object([
                "query": object(["type": "string"]), "total": object(["type": "integer"]),
                "total_is_lower_bound": object(["type": "boolean"]),
                "items": object(["type": "array", "items": object(["type": "object"])]),
            ]),
        ])
        paths["/api/v1/search"] = object([
            "get": operation(
                "Search stories, case studies, news, milestones, testimony, transcripts and reports (ranked, with snippets)",
                id: "search",
                parameters: [
                    query("q", "words; \"a phrase\", part* and -word are understood"),
                    query(
                        "kind", "only one kind",
                        enumValues: ["stories", "case-studies", "news", "milestones", "testimony", "reports"]),
                    query("place", "only evidence of this place (ID)"),
                    query("enabler", "only evidence of this enabler (ID)"),
                    query("from", "only evidence dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)"),
                    query("to", "only evidence dated on or before"),
                    query("page", "page number, 1-50", type: "integer"),
                ],
                responses: ["200": ok(hitList), "422": error])
        ])
        paths.merge(codingPaths(error: error, anyObject: anyObject)) { first, _ in first }
        paths["/api/v1/openapi.json"] = object([
            "get": operation(
                "This description of the API", id: "get_openapi", responses: ["200": ok(object(["type": "object"]))])
        ])
        return object([
            "openapi": "3.1.0",
            "info": object([
                "title": "Threadline API", "version": "1",
                "description":
                    "Read and write a Threadline programme's content. Send a workspace API token as `Authorization: Bearer TOKEN` to write or to see drafts.",
                "license": object(["name": "Apache-2.0", "identifier": "Apache-2.0"]),
            ]),
            "servers": array([object(["url": .string(serverURL)])]),
            "paths": .object(paths),
            "components": object([
                "schemas": .object(schemas),
                "securitySchemes": object(["bearerToken": object(["type": "http", "scheme": "bearer"])]),
            ]),
        ])
    }

    static func schemaName(_ kind: EntityKind) -> String {
        kind.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private static func property(_ field: FieldSpec) -> JSONValue {
        var members: [String: JSONValue] = ["description": .string(field.label + (field.hint.map { ". \($0)" } ?? ""))]
        let nullable = !field.isRequired
        func type(_ name: String) -> JSONValue { nullable ? array([.string(name), "null"]) : .string(name) }
        switch field.type {
        case .text, .multilineText, .markdown:
            members["type"] = "string"
            if let limit = field.maximumLength { members["maxLength"] = .number(Double(limit)) }
        case .slug:
            members["type"] = "string"
            members["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$"
        case .integer: members["type"] = type("integer")
        case .decimal: members["type"] = type("number")
        case .partialDate:
            members["type"] = type("string")
            members["pattern"] = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
        case .url:
            members["type"] = type("string")
            members["format"] = "uri"
        case .reference:
            members["type"] = type("string")
            members["format"] = "uuid"
        case .references:
            members["type"] = "array"
            members["items"] = object(["type": "string", "format": "uuid"])
        case .lines:
            members["type"] = "array"
            members["items"] = object(["type": "string"])
        case .choice(let choices):
            members["type"] = "string"
            members["enum"] = array(choices.map { .string($0.value) })
        }
        return .object(members)
    }

    private static func entitySchema(_ schema: EntitySchema) -> JSONValue {
        var properties: [String: JSONValue] = [
            "id": object(["type": "string", "format": "uuid", "readOnly": true]),
            "status": object(["type": "string", "enum": array(["draft", "published"])]),
            "author_id": object(["type": array(["string", "null"]), "format": "uuid", "readOnly": true]),
            "created_at": object(["type": "string", "format": "date-time", "readOnly": true]),
            "updated_at": object(["type": "string", "format": "date-time", "readOnly": true]),
            "published_at": object(["type": array(["string", "null"]), "format": "date-time", "readOnly": true]),
        ]
        for field in schema.fields { properties[field.key] = property(field) }
        for key in schema.systemKeys {
            let type = key.hasSuffix("_bytes") ? "integer" : "string"
            properties[key] = object(["type": array([.string(type), "null"]), "readOnly": true])
        }
        return object([
            "type": "object", "properties": .object(properties),
            "required": array(schema.fields.filter(\.isRequired).map { .string($0.key) }),
            "description": .string("A \(schema.kind.singularName)."),
        ])
    }

    private static var programmeSchema: JSONValue {
        var properties: [String: JSONValue] = [:]
        for field in Programme.schema { properties[field.key] = property(field) }
        return object([
            "type": "object", "properties": .object(properties),
            "required": array(Programme.schema.filter(\.isRequired).map { .string($0.key) }),
        ])
    }

    private static var error: JSONValue {
        object([
            "description": "An error",
            "content": object(["application/json": object(["schema": object(["$ref": "#/components/schemas/Error"])])]),
        ])
    }

    /// The coding API: documents as sources, the codebook, codings, coding queries and a code's passages.
    private static func codingPaths(error: JSONValue, anyObject: JSONValue) -> [String: JSONValue] {
        let list = object(["type": "array", "items": anyObject])
        let created = object(["type": "object", "properties": object(["id": object(["type": "string"])])])
        let code = object([
            "type": "object", "required": array(["name"]),
            "properties": object([
                "name": object(["type": "string"]), "parent_id": object(["type": "string", "format": "uuid"]),
                "colour": object(["type": "string", "pattern": "^#[0-9a-fA-F]{6}$"]),
                "description": object(["type": "string"]),
            ]),
        ])
        let coding = object([
            "type": "object", "required": array(["source_id", "code_id"]),
            "properties": object([
                "source_id": object(["type": "string", "format": "uuid"]),
                "code_id": object(["type": "string", "format": "uuid"]),
                "start": object(["type": "integer", "description": "Unicode scalar offset, from 0"]),
                "end": object(["type": "integer", "description": "the scalar after the passage"]),
                "start_ms": object([
                    "type": "integer", "minimum": .number(0),
                    "description": .string(
                        "On a testimony's recording, instead of start and end: where the stretch starts, in "
                            + "milliseconds. The transcript lines there are coded; where there are none, the "
                            + "stretch itself is (a timed coding: start equals end, excerpt empty)"),
                ]),
                "end_ms": object([
                    "type": "integer",
                    "description": .string(
                        "Where the stretch ends, in milliseconds: after start_ms, and not after the recording's "
                            + "end when its length is known"),
                ]),
                "memo": object(["type": "string"]),
            ]),
        ])
        let codingQuery = object([
            "type": "object", "required": array(["expression"]),
            "properties": object([
                "expression": object([
                    "description": .string(
                        "A code (ID, path or name), or {\"and\": [e, …]}, {\"or\": [e, …]}, {\"not\": e}, "
                            + "{\"near\": [e, e], \"within\": 200 | \"paragraph\" | \"cue\"}")
                ]),
                "coder_id": object(["type": "string", "format": "uuid"]), "children": object(["type": "boolean"]),
                "cases": object([
                    "type": "string",
                    "description":
                        "only the evidence of a case (case:ID) or of the cases with a value (attribute:ID:value)",
                ]),
            ]),
        ])
        let researchCase = object([
            "type": "object", "required": array(["name"]),
            "properties": object([
                "name": object(["type": "string"]),
                "kind": object([
                    "type": "string", "enum": array(CaseKind.allCases.map { .string($0.rawValue) }),
                ]),
                "description": object(["type": "string"]),
                "values": object([
                    "type": "object", "description": "attribute values by attribute name or ID",
                    "additionalProperties": object(["type": "string"]),
                ]),
                "sources": object([
                    "type": "array",
                    "items": object([
                        "description": .string(
                            "a whole source as \"kind/id\", or {\"source_id\": \"kind/id\", \"start\": n, "
                                + "\"end\": n} for a stretch (Unicode scalars)")
                    ]),
                ]),
            ]),
        ])
        let textSearch = object([
            "type": "object", "required": array(["query"]), "additionalProperties": false,
            "properties": object([
                "query": object([
                    "type": "string", "maxLength": .number(Double(SearchQuery.maximumCharacters)),
                    "description": .string(
                        "Words and phrases as in the search box: trust \"place based\" partner* trust OR "
                            + "confidence -funding; case and accents do not matter"),
                ]),
                "codes": object([
                    "type": "array", "items": object(["type": "string"]),
                    "description": "only inside passages coded with these codes (ID, path or name)",
                ]),
                "include_children": object([
                    "type": "boolean", "description": "each code includes the codes below it",
                ]),
                "sources": object([
                    "type": "array", "items": object(["type": "string", "pattern": "^[a-z_]+/[0-9a-fA-F-]{36}$"]),
                    "description": "only these sources, as kind/id (story/…, testimony/…)",
                ]),
                "kinds": object([
                    "type": "array",
                    "items": object([
                        "type": "string", "enum": array(CodingSource.codableKinds.map { .string($0.rawValue) }),
                    ]),
                    "description": "only sources of these kinds",
                ]),
                "similar_words": object([
                    "type": "boolean", "description": "words also find words with their English stem",
                ]),
                "cases": object([
                    "type": "string",
                    "description":
                        "only the evidence of a case (case:ID) or of the cases with a value (attribute:ID:value)",
                ]),
            ]),
        ])
        return [
            "/api/v1/cases": object([
                "get": operation(
                    "The case attributes defined, and every case with its values and the evidence in it",
                    id: "list_cases", secured: true, responses: ["200": ok(anyObject), "401": error, "403": error]),
                "post": operation(
                    "Add a case with its attribute values and sources, all at once or not at all", id: "add_case",
                    body: researchCase, secured: true,
                    responses: ["201": ok(created), "401": error, "403": error, "409": error, "422": error]),
            ]),
            "/api/v1/sources": object([
                "post": object([
                    "summary": .string(
                        "Add documents from files (multipart/form-data: one or more file fields, and title, "
                            + "summary, place_id, enabler_id, date, origin); .docx, .odt, .pdf, .txt or .md"),
                    "operationId": "add_sources",
                    "requestBody": object([
                        "required": true,
                        "content": object([
                            "multipart/form-data": object([
                                "schema": object([
                                    "type": "object",
                                    "properties": object([
                                        "file": object([
                                            "type": "array", "items": object(["type": "string", "format": "binary"]),
                                        ])
                                    ]),
                                ])
                            ])
                        ]),
                    ]),
                    "responses": object([
                        "201": ok(anyObject), "400": error, "401": error, "403": error, "413": error,
                        "415": error, "422": error,
                    ]),
                    "security": array([object(["bearerToken": array([])])]),
                ])
            ]),
            "/api/v1/sources/{id}": object([
                "get": operation(
                    "A source's text as it is coded: its blocks, and for a transcript its cues with their times",
                    id: "get_source", parameters: [pathID()], secured: true,
                    responses: ["200": ok(anyObject), "401": error, "404": error])
            ]),
            "/api/v1/codes": object([
                "get": operation(
                    "The codebook, parents before children", id: "list_codes", secured: true,
                    responses: ["200": ok(list), "401": error]),
                "post": operation(
                    "Add a code (a colour from the palette when none is given)", id: "add_code", body: code,
                    secured: true, responses: ["201": ok(created), "401": error, "422": error]),
            ]),
            "/api/v1/codes/{id}/passages": object([
                "get": operation(
                    "A code's passages with source, place, enabler, codes, coders, times and memos",
                    id: "list_code_passages",
                    parameters: [
                        pathID(), query("format", "the answer's form", enumValues: ["json", "csv", "html", "docx"]),
                        query("children", "1 to include the codes below it"), query("coder", "one coder's (ID)"),
                        query(
                            "cases", "only the evidence of a case (case:ID) or an attribute value (attribute:ID:value)"),
                    ], secured: true, responses: ["200": ok(list), "401": error, "404": error, "422": error])
            ]),
            "/api/v1/codings": object([
                "get": operation(
                    "Codings, of one source or one code", id: "list_codings",
                    parameters: [query("source_id", "one source (ID)"), query("code_id", "one code (ID)")],
                    secured: true, responses: ["200": ok(list), "401": error, "404": error]),
                "post": operation(
                    "Code a passage, by Unicode scalar positions or, on a recording, by milliseconds (a stretch "
                        + "with no transcript is coded by time)",
                    id: "add_coding", body: coding, secured: true,
                    responses: ["201": ok(anyObject), "401": error, "403": error, "422": error]),
            ]),
            "/api/v1/codings/{id}": object([
                "delete": operation(
                    "Remove a coding (its coder or an editor)", id: "delete_coding", parameters: [pathID()],
                    secured: true,
                    responses: [
                        "204": object(["description": "Removed"]), "401": error, "403": error, "404": error,
                    ])
            ]),
            "/api/v1/queries/coding": object([
                "post": operation(
                    "Run a coding query: codes combined with and, or, not and near", id: "run_coding_query",
                    body: codingQuery, secured: true, responses: ["200": ok(anyObject), "401": error, "422": error])
            ]),
            "/api/v1/queries/text": object([
                "post": operation(
                    "Run a text search query: each hit (Unicode scalar positions) with the words before and after "
                        + "it, its source and, for a transcript, its time",
                    id: "run_text_search_query", body: textSearch, secured: true,
                    responses: ["200": ok(anyObject), "400": error, "401": error, "403": error, "422": error])
            ]),
        ]
    }

    private static func ok(_ schema: JSONValue) -> JSONValue {
        object(["description": "Success", "content": object(["application/json": object(["schema": schema])])])
    }

    private static func operation(
        _ summary: String, id: String, parameters: [JSONValue] = [], body: JSONValue? = nil,
        bodyRequired: Bool = true, secured: Bool = false, responses: [String: JSONValue]
    ) -> JSONValue {
        var members: [String: JSONValue] = [
            "summary": .string(summary), "operationId": .string(id), "responses": .object(responses),
        ]
        if !parameters.isEmpty { members["parameters"] = .array(parameters) }
        if let body {
            members["requestBody"] = object([
                "required": .bool(bodyRequired), "content": object(["application/json": object(["schema": body])]),
            ])
        }
        if secured { members["security"] = array([object(["bearerToken": array([])])]) }
        return .object(members)
    }

    /// An operation whose request body is not JSON: a file or a transcript.
    private static func rawBodyOperation(
        _ summary: String, id: String, mediaType: String, parameters: [JSONValue], responses: [String: JSONValue]
    ) -> JSONValue {
        object([
            "summary": .string(summary), "operationId": .string(id), "responses": .object(responses),
            "parameters": .array(parameters),
            "requestBody": object([
                "required": true,
                "content": .object([mediaType: object(["schema": object(["type": "string", "format": "binary"])])]),
            ]),
            "security": array([object(["bearerToken": array([])])]),
        ])
    }

    private static func query(
        _ name: String, _ description: String, type: String = "string", enumValues: [String]? = nil
    )
        -> JSONValue
    {
        var schema: [String: JSONValue] = ["type": .string(type)]
        if let enumValues { schema["enum"] = array(enumValues.map { .string($0) }) }
        return object([
            "name": .string(name), "in": "query", "required": false, "description": .string(description),
            "schema": .object(schema),
        ])
    }

    private static func pathID() -> JSONValue {
        object(["name": "id", "in": "path", "required": true, "schema": object(["type": "string", "format": "uuid"])])
    }

    private static func object(_ members: [String: JSONValue]) -> JSONValue { .object(members) }
    private static func array(_ elements: [JSONValue]) -> JSONValue { .array(elements) }
}
