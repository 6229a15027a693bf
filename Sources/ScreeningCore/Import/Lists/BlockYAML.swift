/// The block subset of YAML that the METI/MOFA export-ban list files use: nested mappings
/// and sequences by indentation (a sequence may sit at its key's indentation), plain,
/// single- and double-quoted scalars, anchors (`&1`) and aliases (`*1`), full-line comments
/// and `---`. No flow collections, block scalars or multi-line plain scalars: those files
/// have none, and a line this reader cannot place is reported, not guessed.
enum BlockYAML {
    /// A parsed node.
    indirect enum Node {
        case scalar(String)
        case sequence([Node])
        case mapping([(key: String, value: Node)])

        /// The value of `key` in a mapping.
        subscript(key: String) -> Node? {
            guard case .mapping(let pairs) = self else { return nil }
            return pairs.first { $0.key == key }?.value
        }

        var string: String? {
            if case .scalar(let text) = self { return text }
            return nil
        }

        var items: [Node] {
            if case .sequence(let items) = self { return items }
            return []
        }

        /// The scalars of a sequence, or the scalar itself.
        var strings: [String] {
            switch self {
            case .scalar(let text): return [text]
            case .sequence(let items): return items.compactMap(\.string)
            case .mapping: return []
            }
        }
    }

    /// A line the reader could not place (1-based line number).
    struct Problem: Error {
        let line: Int
        let reason: String
    }

    private struct Line {
        var indent: Int
        var content: Substring
        let number: Int
    }

    /// Parses one document.
    static func parse(_ text: String) throws -> Node {
        var lines: [Line] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let content = line.drop { $0 == " " }
            if content.isEmpty || content.hasPrefix("#") || content == "---" || content == "..." { continue }
            lines.append(Line(indent: line.count - content.count, content: content, number: offset + 1))
        }
        var parser = Parser(lines: lines)
        guard !lines.isEmpty else { return .mapping([]) }
        let node = try parser.block(indent: lines[0].indent)
        if parser.position < lines.count {
            throw Problem(line: lines[parser.position].number, reason: "unexpected indentation")
        }
        return node
    }

    private struct Parser {
        var lines: [Line]
        var position = 0
        var anchors: [String: Node] = [:]

        mutating func block(indent: Int) throws -> Node {
            isSequenceItem(lines[position].content) ? try sequence(indent: indent) : try mapping(indent: indent)
        }

        func isSequenceItem(_ content: Substring) -> Bool { content == "-" || content.hasPrefix("- ") }

        mutating func sequence(indent: Int) throws -> Node {
            var items: [Node] = []
            while position < lines.count, lines[position].indent == indent, isSequenceItem(lines[position].content) {
                let rest = lines[position].content.dropFirst().drop { $0 == " " }
                if rest.isEmpty {
                    position += 1
                    guard position < lines.count, lines[position].indent > indent else { items.append(.scalar("")); continue }
                    items.append(try block(indent: lines[position].indent))
                } else if Self.keyAndValue(rest) != nil {
                    // `- key: value` opens a mapping at the column of `key`.
                    let column = indent + (lines[position].content.count - rest.count)
                    lines[position].indent = column
                    lines[position].content = rest
                    items.append(try mapping(indent: column))
                } else {
                    items.append(.scalar(try Self.scalar(rest, line: lines[position].number)))
                    position += 1
                }
            }
            return .sequence(items)
        }

        mutating func mapping(indent: Int) throws -> Node {
            var pairs: [(key: String, value: Node)] = []
            while position < lines.count, lines[position].indent == indent, !isSequenceItem(lines[position].content) {
                let line = lines[position]
                guard let (key, rawValue) = Self.keyAndValue(line.content) else {
                    throw Problem(line: line.number, reason: "expected `key: value`")
                }
                position += 1
                var value = rawValue
                var anchor: String?
                if value.hasPrefix("&") {
                    let name = value.dropFirst().prefix { $0 != " " }
                    anchor = String(name)
                    value = value.dropFirst(name.count + 1).drop { $0 == " " }
                }
                let node: Node
                if value.hasPrefix("*") {
                    guard let target = anchors[String(value.dropFirst())] else {
                        throw Problem(line: line.number, reason: "unknown alias \(value)")
                    }
                    node = target
                } else if !value.isEmpty {
                    node = .scalar(try Self.scalar(value, line: line.number))
                } else if position < lines.count, lines[position].indent > indent {
                    node = try block(indent: lines[position].indent)
                } else if position < lines.count, lines[position].indent == indent, isSequenceItem(lines[position].content) {
                    node = try sequence(indent: indent)
                } else {
                    node = .scalar("")
                }
                if let anchor { anchors[anchor] = node }
                pairs.append((key, node))
            }
            return .mapping(pairs)
        }

        /// `key: value` or `key:`, with a plain key.
        static func keyAndValue(_ content: Substring) -> (String, Substring)? {
            guard let first = content.first, first != "\"", first != "'" else { return nil }
            if content.hasSuffix(":"), !content.dropLast().contains(": ") { return (String(content.dropLast()), "") }
            guard let range = content.range(of: ": ") else { return nil }
            return (String(content[..<range.lowerBound]), content[range.upperBound...].drop { $0 == " " })
        }

        static func scalar(_ text: Substring, line: Int) throws -> String {
            if text.hasPrefix("'") {
                guard text.count >= 2, text.hasSuffix("'") else { throw Problem(line: line, reason: "unterminated quoted string") }
                return text.dropFirst().dropLast().replacingOccurrences(of: "''", with: "'")
            }
            if text.hasPrefix("\"") {
                guard text.count >= 2, text.hasSuffix("\"") else { throw Problem(line: line, reason: "unterminated quoted string") }
                return try unescape(text.dropFirst().dropLast(), line: line)
            }
            return String(text.reversed().drop { $0 == " " }.reversed())
        }

        static func unescape(_ text: Substring, line: Int) throws -> String {
            var result = ""
            var scalars = text.unicodeScalars.makeIterator()
            while let c = scalars.next() {
                guard c == "\\" else { result.unicodeScalars.append(c); continue }
                switch scalars.next() {
                case "n": result += "\n"
                case "t": result += "\t"
                case "\"": result += "\""
                case "\\": result += "\\"
                case "/": result += "/"
                case "u":
                    var hex = ""
                    for _ in 0..<4 { if let h = scalars.next() { hex.unicodeScalars.append(h) } }
                    guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                        throw Problem(line: line, reason: "bad \\u escape")
                    }
                    result.unicodeScalars.append(scalar)
                default: throw Problem(line: line, reason: "unsupported escape")
                }
            }
            return result
        }
    }
}
