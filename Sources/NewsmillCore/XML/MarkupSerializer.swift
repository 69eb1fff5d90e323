extension MarkupTree {
    /// Serialises the children of `index` as markup (local names, escaped text and attributes),
    /// iteratively. Used for Atom `type="xhtml"` content and for hashing feed entries.
    public func innerMarkup(of index: Int) -> String {
        var output = ""
        var stack: [(Int, Bool)] = children(of: index).reversed().map { ($0, true) }
        while let (position, entering) = stack.popLast() {
            let node = nodes[position]
            if node.kind == .text {
                output += Self.escape(node.text, quotes: false)
                continue
            }
            if !entering {
                output += "</" + node.name + ">"
                continue
            }
            output += "<" + node.name
            for attribute in node.attributes {
                output += " " + attribute.name + "=\"" + Self.escape(attribute.value, quotes: true) + "\""
            }
            if node.firstChild < 0 {
                output += Self.voidElements.contains(node.name) ? ">" : "></" + node.name + ">"
                continue
            }
            output += ">"
            stack.append((position, false))
            for child in children(of: position).reversed() { stack.append((child, true)) }
        }
        return output
    }

    /// HTML elements that never have content.
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr", "source", "embed", "param", "track"]

    /// Escapes `&`, `<`, `>` (and `"` in attribute values).
    static func escape(_ text: String, quotes: Bool) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || (quotes && $0 == "\"") }) else { return text }
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
