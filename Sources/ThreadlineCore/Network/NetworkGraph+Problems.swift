extension NetworkGraph {
    /// Every reason the graph cannot be stored, each naming its member or tie by position (`members[2].name`,
    /// `ties[7].reliability`): a blank or overlong key or name, an overlong sector or type, a key used twice, a tie
    /// from or to a key that is no member, a tie from a member to itself, the same tie twice, an answer off the 1–4
    /// scale. Empty when it may be stored.
    ///
    /// The CSV reader reports the same faults by file line; this check guards every other way in (the survey form,
    /// the JSON API) so the store never holds a tie the metrics cannot read.
    public var problems: [FieldProblem] {
        var problems: [FieldProblem] = []
        var keys: [String: Int] = [:]
        for (index, member) in members.enumerated() {
            let path = "members[\(index)]"
            if member.key.isEmpty {
                problems.append(FieldProblem(field: "\(path).key", message: "Give the member an id."))
            } else if member.key.count > NetworkMember.maximumKeyLength {
                problems.append(
                    FieldProblem(
                        field: "\(path).key", message: "Keep the id to \(NetworkMember.maximumKeyLength) characters."))
            } else if !NetworkMember.isUsableKey(member.key) {
                problems.append(
                    FieldProblem(
                        field: "\(path).key",
                        message: "The id “\(member.key)” has spaces at its ends or a control character; use letters, "
                            + "digits and dashes."))
            } else if let first = keys[member.key] {
                problems.append(
                    FieldProblem(
                        field: "\(path).key", message: "The id “\(member.key)” is already used by members[\(first)]."))
            } else {
                keys[member.key] = index
            }
            if member.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append(FieldProblem(field: "\(path).name", message: "Give the organisation's name."))
            }
            for (field, text) in [("name", member.name), ("sector", member.sector), ("type", member.type)]
            where text.count > NetworkMember.maximumTextLength {
                problems.append(
                    FieldProblem(
                        field: "\(path).\(field)",
                        message: "Keep the \(field) to \(NetworkMember.maximumTextLength) characters."))
            }
        }
        var seen: [String: Int] = [:]
        for (index, tie) in ties.enumerated() {
            let path = "ties[\(index)]"
            var known = true
            for (field, key) in [("from", tie.from), ("to", tie.to)] where keys[key] == nil {
                problems.append(FieldProblem(field: "\(path).\(field)", message: "There is no member “\(key)”."))
                known = false
            }
            if tie.from == tie.to {
                problems.append(
                    FieldProblem(field: "\(path).to", message: "A member cannot be tied to itself (“\(tie.from)”)."))
            } else if known {
                let pair = "\(tie.from)\u{0}\(tie.to)"
                if let first = seen[pair] {
                    problems.append(
                        FieldProblem(
                            field: path,
                            message: "The tie from “\(tie.from)” to “\(tie.to)” is already given by ties[\(first)]."))
                } else {
                    seen[pair] = index
                }
            }
            for (column, value) in tie.answers {
                if let value, !NetworkScale.ratings.contains(value) {
                    problems.append(
                        FieldProblem(
                            field: "\(path).\(column)",
                            message: "\(column) is \(value); answers are whole numbers from 1 to 4, or blank."))
                }
            }
        }
        return problems
    }
}
