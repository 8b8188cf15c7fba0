extension NetworkChange {
    /// The change told in plain English, one sentence per figure, for readers who cannot see the charts (a text
    /// alternative) and for summaries: "Density rose from 0.12 to 0.18.", "3 organisations joined: A, B and C."
    ///
    /// Numbers have two decimals, written the same in every locale.
    public func sentences() -> [String] {
        var sentences: [String] = []
        sentences.append(
            countPhrase(noun: "member", earlier: earlier.memberCount, later: later.memberCount) + ".")
        if let sentence = listSentence(keys: membersJoined, verb: "joined") {
            sentences.append(sentence)
        }
        if let sentence = listSentence(keys: membersLeft, verb: "left") { sentences.append(sentence) }
        sentences.append(
            countPhrase(noun: "tie", earlier: earlier.tieCount, later: later.tieCount)
                + ": \(tiesGained.count) gained, \(tiesLost.count) lost and \(tiesKept.count) kept."
        )
        sentences.append(comparison("Density", earlier.density, later.density, missing: "no members"))
        sentences.append(
            comparison("Reciprocity", earlier.reciprocity, later.reciprocity, missing: "no ties"))
        sentences.append(
            comparison(
                "In-degree centralization", earlier.inCentralization, later.inCentralization,
                missing: "fewer than two members"
            )
        )
        sentences.append(
            comparison(
                "Out-degree centralization", earlier.outCentralization, later.outCentralization,
                missing: "fewer than two members"
            )
        )
        sentences.append(
            comparison(
                "Undirected degree centralization", earlier.undirectedCentralization,
                later.undirectedCentralization,
                missing: "fewer than three members"
            )
        )
        sentences.append(
            comparison(
                "Trust across the network", earlier.meanTrust, later.meanTrust, missing: "no trust ratings",
                suffix: " out of 4"
            )
        )
        sentences.append(
            comparison(
                "Value across the network", earlier.meanValue, later.meanValue, missing: "no value ratings",
                suffix: " out of 4"
            )
        )
        sentences.append(
            comparison(
                "Mean reach within two steps", earlier.meanReach, later.meanReach, missing: "no members")
        )
        sentences.append(
            comparison(
                "The completion rate", earlier.completionRate, later.completionRate, missing: "no members")
        )
        sentences += largestTrustMoves()
        return sentences
    }

    /// "The network went from 10 to 12 members" or "The network kept its 10 members", without a full stop.
    private func countPhrase(noun: String, earlier: Int, later: Int) -> String {
        if earlier == later { return "The network kept its \(counted(later, noun))" }
        return "The network went from \(earlier) to \(counted(later, noun))"
    }

    /// "3 organisations joined: A, B and C.", naming at most ten and counting the rest; `nil` for an empty list.
    private func listSentence(keys: [String], verb: String) -> String? {
        guard !keys.isEmpty else { return nil }
        let shownLimit = 10
        var names = keys.prefix(shownLimit).map(displayName)
        if keys.count > shownLimit { names.append("\(keys.count - shownLimit) more") }
        return "\(counted(keys.count, "organisation")) \(verb): \(joinedList(names))."
    }

    /// "Density rose from 0.12 to 0.18.", "… fell …", "… stayed at …", or why it cannot be compared.
    private func comparison(
        _ subject: String, _ before: Double?, _ after: Double?, missing: String, suffix: String = ""
    ) -> String {
        guard let before, let after else {
            let waves =
                before == nil && after == nil
                ? "both waves have" : before == nil ? "the earlier wave has" : "the later wave has"
            return "\(subject) cannot be compared, because \(waves) \(missing)."
        }
        let beforeText = FixedDecimal.string(before)
        let afterText = FixedDecimal.string(after)
        // Compare what the reader sees, so the sentence never says "rose from 0.12 to 0.12".
        if beforeText == afterText { return "\(subject) stayed at \(afterText)\(suffix)." }
        let verb = after > before ? "rose" : "fell"
        return "\(subject) \(verb) from \(beforeText) to \(afterText)\(suffix)."
    }

    /// The members whose trust rose and fell the most, first in the later graph's order when several tie.
    private func largestTrustMoves() -> [String] {
        var sentences: [String] = []
        var largestRise: MemberChange?
        var largestFall: MemberChange?
        for change in memberChanges {
            guard let delta = change.trustChange else { continue }
            if delta > 0, delta > (largestRise?.trustChange ?? 0) { largestRise = change }
            if delta < 0, delta < (largestFall?.trustChange ?? 0) { largestFall = change }
        }
        for (change, verb) in [(largestRise, "rose"), (largestFall, "fell")] {
            guard let change, let before = change.earlier.trust, let after = change.later.trust else {
                continue
            }
            sentences.append(
                "Trust in \(displayName(change.key)) \(verb) the most, from \(FixedDecimal.string(before)) to "
                    + "\(FixedDecimal.string(after)) out of 4."
            )
        }
        return sentences
    }

    /// The member's name, or its key when it has no name.
    private func displayName(_ key: String) -> String {
        guard let name = namesByKey[key], !name.isEmpty else { return key }
        return name
    }

    /// "1 organisation", "3 organisations".
    private func counted(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    /// "A", "A and B", "A, B and C".
    private func joinedList(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
