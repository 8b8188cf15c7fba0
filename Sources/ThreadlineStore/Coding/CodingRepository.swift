public import Foundation
public import ThreadlineCore

/// The codebook, the coders and their codings: the evaluators' shared analysis of the evidence.
///
/// Every write checks what a desktop tool would check on its own machine, because here several people code
/// at once: names unique among siblings, no code under its own descendant, passages inside their source's text.
public protocol CodingRepository: Sendable {
    /// Every code, parents before children, siblings in their order.
    func codes() async throws -> [Code]

    /// One code.
    func code(_ id: Code.ID) async throws -> Code?

    /// Creates or updates a code (rename, describe, recolour, move under another parent).
    func save(_ code: Code) async throws

    /// What deleting a code would remove: the code and its descendants, and their codings.
    func deletionImpact(of id: Code.ID) async throws -> CodeDeletionImpact

    /// Deletes a code with its descendants and all their codings.
    @discardableResult
    func delete(_ id: Code.ID) async throws -> CodeDeletionImpact

    /// Merges `source` into `target`: its codings and child codes move to `target` (a coding `target`
    /// already has from the same coder on the same passage is dropped), its memo is appended, and it is deleted.
    /// Returns how many codings moved.
    @discardableResult
    func merge(_ source: Code.ID, into target: Code.ID) async throws -> Int

    /// The number of codings of each code (codes without any are absent).
    func codingCounts() async throws -> [Code.ID: Int]

    /// Every coder.
    func coders() async throws -> [Coder]

    /// The coder that stands for a workspace user, created on first use and renamed with the user.
    func coder(for user: User) async throws -> Coder

    /// The text coders see in a source and positions count, or `nil` when the source does not exist.
    func codableText(of source: CodingSource) async throws -> CodableText?

    /// The codable source (of any kind) whose ID is `id`, or `nil` when there is none; reads no text.
    func source(withID id: UUID) async throws -> CodingSource?

    /// Adds codings after checking each passage against its source's text; their excerpts and (for
    /// transcripts) time ranges are filled in from the text. A timed coding (`start == end`, with `startMs` and
    /// `endMs`) is checked against its testimony's recording instead (`Coding.recordingProblems`) and placed in
    /// the transcript by its start time. All are added or none.
    @discardableResult
    func add(_ codings: [Coding]) async throws -> [Coding]

    /// One coding.
    func coding(_ id: Coding.ID) async throws -> Coding?

    /// Every coding of a source, in text order.
    func codings(of source: CodingSource) async throws -> [Coding]

    /// Every coding of the given codes (all codes when `nil`), by source then position.
    func codings(codes: Set<Code.ID>?) async throws -> [Coding]

    /// Changes the memo on a coding.
    func setMemo(_ memo: String, on coding: Coding.ID) async throws

    /// Removes a coding.
    func deleteCoding(_ id: Coding.ID) async throws

    /// Writes a project from another coding tool in one transaction (see `CodingImport`).
    func importProject(_ plan: CodingImport) async throws -> CodingImportResult

    /// The original documents of imported sources.
    func sourceFiles() async throws -> [SourceFile]

    /// The notes on passages of `source`, in text order.
    func annotations(of source: CodingSource) async throws -> [Annotation]

    /// One note, if it exists.
    func annotation(_ id: Annotation.ID) async throws -> Annotation?

    /// Stores a note on a passage (checked against the source's text; its excerpt filled) and returns it.
    func add(_ annotation: Annotation) async throws -> Annotation

    /// Removes a note.
    func deleteAnnotation(_ id: Annotation.ID) async throws

    /// The codings that could not be moved to the same words when sources began to be coded as they read.
    func relocationProblems() async throws -> [CodingRelocationProblem]
}

/// What deleting a code removes.
public struct CodeDeletionImpact: Hashable, Sendable {
    /// The code and its descendants.
    public var codes: Int
    /// Their codings.
    public var codings: Int

    /// Creates the figures.
    public init(codes: Int, codings: Int) {
        self.codes = codes
        self.codings = codings
    }
}
