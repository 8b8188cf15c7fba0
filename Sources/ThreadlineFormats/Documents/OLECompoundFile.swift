import Foundation

/// Recognises an OLE compound file (MS-CFB), the container of Word 97–2003 `.doc` files and of password-protected
/// Office documents.
///
/// Office encrypts a `.docx` by wrapping it, encrypted, in a compound file with the streams `EncryptionInfo` and
/// `EncryptedPackage` (MS-OFFCRYPTO §2.3.4.4). Stream names sit in the file's directory as UTF-16LE, so looking for
/// them is enough to tell a protected document from an old `.doc`, without reading the container's sector chains.
enum OLECompoundFile {
    /// The eight bytes every compound file starts with (MS-CFB §2.2).
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Whether `data` is a compound file.
    static func isCompoundFile(_ data: Data) -> Bool {
        data.starts(with: signature)
    }

    /// Whether the compound file `data` holds an encrypted Office package.
    static func holdsEncryptedPackage(_ data: Data) -> Bool {
        let name = Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: name) != nil
    }
}
