import Foundation
import Testing

/// Runs FTS5 expressions against a real SQLite through python3's `sqlite3` module, which ships with FTS5 in
/// Debian's and most other builds; Foundation on Linux has no SQLite of its own to use instead.
enum PythonFTS5 {
    /// One document of the test table.
    struct Document: Encodable {
        let id: Int
        let title: String
        let body: String
    }

    /// What one expression gave: the matching row ids, or SQLite's error.
    struct Outcome: Decodable, Equatable {
        let rows: [Int]?
        let error: String?
    }

    /// Why the tests that need python3 are skipped when it is missing.
    static let missingReason = Comment(
        rawValue: "Needs `python3` on PATH with an sqlite3 module built with FTS5 (check with: python3 -c "
            + "\"import sqlite3; sqlite3.connect(':memory:').execute('create virtual table t using fts5(x)')\").")

    /// Whether python3 is on PATH and its SQLite can create an FTS5 table.
    static let isAvailable: Bool = {
        let probe = "import sqlite3; sqlite3.connect(':memory:').execute('create virtual table t using fts5(x)')"
        return (try? run(arguments: ["-c", probe], input: Data()))?.status == 0
    }()

    /// Loads `documents` into an FTS5 table with columns `title` and `body`, runs every expression with
    /// `MATCH ?` (bound, as the store will) and returns each outcome in order.
    static func match(_ expressions: [String], in documents: [Document]) throws -> [Outcome] {
        struct Request: Encodable {
            let documents: [Document]
            let expressions: [String]
        }
        let input = try JSONEncoder().encode(Request(documents: documents, expressions: expressions))
        let result = try run(arguments: ["-c", script], input: input)
        guard result.status == 0 else {
            throw PythonFailure(message: String(decoding: result.error, as: UTF8.self))
        }
        return try JSONDecoder().decode([Outcome].self, from: result.output)
    }

    /// python3 exited with an error of its own (not an FTS5 error, which is reported per expression).
    struct PythonFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { "python3 failed: \(message)" }
    }

    private static let script = """
        import json, sqlite3, sys
        request = json.load(sys.stdin)
        db = sqlite3.connect(':memory:')
        db.execute('CREATE VIRTUAL TABLE documents USING fts5(title, body)')
        db.executemany('INSERT INTO documents(rowid, title, body) VALUES (?, ?, ?)',
                       [(d['id'], d['title'], d['body']) for d in request['documents']])
        outcomes = []
        for expression in request['expressions']:
            try:
                found = db.execute('SELECT rowid FROM documents WHERE documents MATCH ? ORDER BY rowid', (expression,))
                outcomes.append({'rows': [row[0] for row in found]})
            except sqlite3.Error as error:
                outcomes.append({'error': str(error)})
        json.dump(outcomes, sys.stdout)
        """

    private static func run(arguments: [String], input: Data) throws -> (status: Int32, output: Data, error: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // The request is a few kilobytes and python reads all of it before writing, so writing first cannot
        // deadlock on a full pipe.
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output, error)
    }
}
