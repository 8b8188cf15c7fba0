/// The header of one ISO base media box (ISO/IEC 14496-12 §4.2): a 32-bit big-endian size and a
/// four-character type, then a 64-bit `largesize` when the size is 1, and a 16-byte user type when the type is
/// `uuid`. A size of 0 means the box runs to the end of whatever holds it.
struct MP4Box {
    /// The four-character type, with bytes outside printable ASCII shown as `?`.
    let type: String
    /// Where the box starts in the file.
    let offset: Int64
    /// The length of the header, 8 to 32 bytes.
    let headerLength: Int64
    /// Where the box ends in the file (one past its last byte).
    let end: Int64

    /// Where the box's content starts in the file.
    var contentOffset: Int64 { offset + headerLength }

    /// How many bytes of content the box holds.
    var contentLength: Int64 { end - contentOffset }
}
