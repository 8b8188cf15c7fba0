/// One run of `*`, `_` or `~~` that may open or close emphasis.
struct Delimiter {
    let node: Int
    let char: UInt8
    var count: Int
    let originalCount: Int
    let canOpen: Bool
    let canClose: Bool
    var previous: Int
    var next: Int
}

/// The delimiter stack of CommonMark's emphasis algorithm ("process emphasis").
///
/// Delimiters form a doubly linked list over an array. For each potential closer the algorithm looks back for
/// the nearest compatible opener; `openersBottom` remembers, per delimiter kind, how far back a search already
/// failed, so a run of unmatched closers is handled in linear time instead of rescanning the stack each time.
struct DelimiterStack {
    private var delimiters: [Delimiter] = []
    /// Index of the topmost delimiter, or -1.
    private(set) var top = -1
    /// `processEmphasis`'s search limits, kept between calls so each call reuses the storage.
    private var openersBottom: [Int] = []

    mutating func reset() {
        delimiters.removeAll(keepingCapacity: true)
        top = -1
    }

    mutating func push(node: Int, char: UInt8, count: Int, canOpen: Bool, canClose: Bool) {
        delimiters.append(
            Delimiter(
                node: node, char: char, count: count, originalCount: count, canOpen: canOpen, canClose: canClose,
                previous: top, next: -1))
        let index = delimiters.count - 1
        if top != -1 { delimiters[top].next = index }
        top = index
    }

    private mutating func remove(_ index: Int) {
        let previous = delimiters[index].previous
        let next = delimiters[index].next
        if previous != -1 { delimiters[previous].next = next }
        if next != -1 {
            delimiters[next].previous = previous
        } else {
            top = previous
        }
    }

    /// Removes every delimiter above `bottom` (-1 for all of them).
    mutating func removeAll(above bottom: Int) {
        while top != -1 && top != bottom {
            remove(top)
        }
    }

    /// Matches openers with closers above `bottom`, wrapping the inlines between each pair in emphasis,
    /// strong emphasis or strikethrough nodes.
    mutating func processEmphasis(above bottom: Int, arena: inout InlineArena) {
        var closerIndex = -1
        var cursor = top
        while cursor != -1 && cursor != bottom {
            closerIndex = cursor
            cursor = delimiters[cursor].previous
        }
        guard closerIndex != -1 else {
            // No delimiters above `bottom` (most link texts have none): nothing to pair, nothing to remove.
            return
        }
        // Indexed by delimiter character slot * 6 + (closer can open ? 3 : 0) + original length % 3.
        openersBottom.removeAll(keepingCapacity: true)
        openersBottom.append(contentsOf: repeatElement(bottom, count: 18))

        while closerIndex != -1 {
            let closer = delimiters[closerIndex]
            guard closer.canClose else {
                closerIndex = closer.next
                continue
            }
            let bottomSlot = Self.slot(for: closer.char) * 6 + (closer.canOpen ? 3 : 0) + closer.originalCount % 3
            var openerIndex = closer.previous
            var found = false
            while openerIndex != -1 && openerIndex != bottom && openerIndex != openersBottom[bottomSlot] {
                let opener = delimiters[openerIndex]
                if opener.canOpen && opener.char == closer.char {
                    if closer.char == UInt8(ascii: "~") {
                        found = opener.count == closer.count
                    } else {
                        // The "rule of three": a delimiter that can both open and close may not pair with one
                        // whose combined length is a multiple of 3, unless both lengths are.
                        let sum = opener.originalCount + closer.originalCount
                        let oddMatch =
                            (closer.canOpen || opener.canClose) && sum % 3 == 0
                            && !(opener.originalCount % 3 == 0 && closer.originalCount % 3 == 0)
                        found = !oddMatch
                    }
                    if found { break }
                }
                openerIndex = opener.previous
            }

            guard found else {
                openersBottom[bottomSlot] = closer.previous
                let next = closer.next
                if !closer.canOpen { remove(closerIndex) }
                closerIndex = next
                continue
            }

            let opener = delimiters[openerIndex]
            let used: Int
            let kind: InlineKind
            if closer.char == UInt8(ascii: "~") {
                used = closer.count
                kind = .strikethrough
            } else {
                used = closer.count >= 2 && opener.count >= 2 ? 2 : 1
                kind = used == 2 ? .strong : .emphasis
            }
            delimiters[openerIndex].count -= used
            delimiters[closerIndex].count -= used
            arena.removeLastText(opener.node, count: used)
            arena.removeLastText(closer.node, count: used)

            let wrapper = arena.add(InlineNode(kind: kind))
            arena.wrapBetween(opener.node, closer.node, into: wrapper)

            // Delimiters between the pair can no longer match anything outside it.
            delimiters[openerIndex].next = closerIndex
            delimiters[closerIndex].previous = openerIndex

            if delimiters[openerIndex].count == 0 {
                remove(openerIndex)
            }
            if delimiters[closerIndex].count == 0 {
                let next = delimiters[closerIndex].next
                remove(closerIndex)
                closerIndex = next
            }
        }
        removeAll(above: bottom)
    }

    private static func slot(for char: UInt8) -> Int {
        switch char {
        case UInt8(ascii: "*"): return 0
        case UInt8(ascii: "_"): return 1
        default: return 2
        }
    }
}
