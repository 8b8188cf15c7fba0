import Crypto
import Foundation

/// Writes the files of a static site into its folder one at a time, each atomically (a temporary file beside it,
/// then a rename), and leaves alone every file whose bytes are already right.
///
/// "Already right" means the earlier export's manifest records the same SHA-256 for the path and the file on
/// disk still has that many bytes: reading every old file back would double the work of an unchanged run.
public final class SiteFileWriter {
    /// The output folder.
    public let root: URL
    private let previous: [String: String]
    private let previousPages: [String: SiteManifest.PageRecord]
    /// What this run has put in the site so far: path → SHA-256.
    private(set) var files: [String: String] = [:]
    /// The fingerprinted pages this run has put in the site: path → inputs and size.
    private(set) var pages: [String: SiteManifest.PageRecord] = [:]
    private(set) var writtenPaths: [String] = []
    private(set) var unchanged = 0
    /// How many pages were kept without rendering.
    private(set) var kept = 0
    private(set) var bytesWritten: Int64 = 0
    private(set) var totalBytes: Int64 = 0
    private var knownDirectories: Set<String> = []

    public init(root: URL, previous: SiteManifest?) {
        self.root = root
        self.previous = previous?.files ?? [:]
        self.previousPages = previous?.pages ?? [:]
    }

    /// Puts `data` at the site-relative `path`, unless the file there already holds exactly these bytes.
    ///
    /// - Parameter inputs: The fingerprint of what the page was rendered from, recorded so that the next export
    ///   may keep the page without rendering it.
    public func write(_ data: Data, to path: String, inputs: String? = nil) throws(SiteExportError) {
        let digest = Self.sha256(data)
        if let inputs { pages[path] = SiteManifest.PageRecord(inputs: inputs, size: Int64(data.count)) }
        try place(path: path, sha256: digest, size: Int64(data.count)) { temporary throws(SiteExportError) in
            try Self.writeFile(data, at: temporary.path)
        }
    }

    /// Puts a copy of the file at `source`, whose bytes have SHA-256 `sha256`, at the site-relative `path`.
    public func copy(fileAt source: URL, sha256: String, to path: String) throws(SiteExportError) {
        guard let size = Self.size(of: source.path) else { return }
        try place(path: path, sha256: sha256, size: size) { temporary throws(SiteExportError) in
            do {
                try FileManager.default.copyItem(at: source, to: temporary)
            } catch {
                throw .unwritable(path: temporary.path, reason: error.localizedDescription)
            }
        }
    }

    /// Keeps the page the last export wrote at `path`, unrendered, when `SitePageSkipper` found its inputs and
    /// file unchanged; `false` (and nothing recorded) when the last export recorded no such page.
    public func keep(_ path: String, inputs: String) -> Bool {
        guard let sha256 = previous[path], let record = previousPages[path], record.inputs == inputs else {
            return false
        }
        files[path] = sha256
        pages[path] = record
        totalBytes += record.size
        unchanged += 1
        kept += 1
        return true
    }

    private func place(
        path: String, sha256: String, size: Int64, fill: (URL) throws(SiteExportError) -> Void
    ) throws(SiteExportError) {
        let target = root.appendingPathComponent(path)
        files[path] = sha256
        totalBytes += size
        if previous[path] == sha256, Self.size(of: target.path) == size {
            unchanged += 1
            return
        }
        let folder = target.deletingLastPathComponent()
        try makeDirectory(folder)
        // A dot-name can never be a page or asset of the site, so the temporary file cannot clash with one.
        let temporary = folder.appendingPathComponent(".threadline-\(UUID().uuidString).tmp")
        try fill(temporary)
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path: target.path, reason: reason)
        }
        writtenPaths.append(path)
        bytesWritten += size
    }

    /// Writes `data` to a new file with plain POSIX calls: Foundation's `Data.write` also calls `fsync`, which
    /// made writing ten thousand pages wait on the disk for each. The rename that follows still means a reader
    /// sees the old file or the new one, never part of one.
    private static func writeFile(_ data: Data, at path: String) throws(SiteExportError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        if let failure = data.withUnsafeBytes({ writeAll(descriptor, $0) }) {
            unlink(path)
            throw .unwritable(path: path, reason: String(cString: strerror(failure)))
        }
    }

    private func makeDirectory(_ folder: URL) throws(SiteExportError) {
        guard !knownDirectories.contains(folder.path) else { return }
        // Usually the parent exists: one mkdir. Otherwise Foundation creates the missing parents too.
        if mkdir(folder.path, 0o755) == 0 || errno == EEXIST {
            knownDirectories.insert(folder.path)
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: folder.path, reason: error.localizedDescription)
        }
        knownDirectories.insert(folder.path)
    }

    /// Deletes the files the earlier export wrote that this one did not, and the folders that leaves empty.
    /// Files it never wrote are left alone, and so are the folders holding them.
    public func removeStale() -> [String] {
        var removed: [String] = []
        for path in previous.keys.sorted() where files[path] == nil {
            let target = root.appendingPathComponent(path)
            guard (try? FileManager.default.removeItem(at: target)) != nil else { continue }
            removed.append(path)
            var folder = target.deletingLastPathComponent()
            // rmdir refuses a folder that still holds anything, which is exactly the rule wanted here.
            while folder.path.count > root.path.count, rmdir(folder.path) == 0 {
                folder = folder.deletingLastPathComponent()
            }
        }
        return removed
    }

    /// The size of the file at `path`; `nil` when there is none.
    public static func size(of path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int64(info.st_size)
    }

    public static func sha256(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

/// Writes the whole buffer to an open file; the `errno` of a failure, or `nil`.
private func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32? {
    guard let base = buffer.baseAddress else { return nil }
    var offset = 0
    while offset < buffer.count {
        let count = write(descriptor, base + offset, buffer.count - offset)
        if count < 0 {
            if errno == EINTR { continue }
            return errno
        }
        offset += count
    }
    return nil
}
