/// Why one XML document could not be parsed: what is wrong and at which byte of it.
public struct XMLSyntaxError: Error, Sendable, CustomStringConvertible {
    /// 0-based byte offset within the document.
    public var offset: Int
    /// What is wrong, for a person.
    public var reason: String

    public var description: String { "\(reason) at byte \(offset) of the document" }
}

/// Parses one XML document (already cut from its file) into a tree of `XMLElement`.
///
/// Deliberately small and safe rather than complete: it never reads a DTD and never expands
/// declared entities (only the five predefined ones and numeric character references; any
/// other `&name;` stays as written), so an entity bomb costs nothing; nesting deeper than
/// `maximumDepth` is an error. It is lenient where USPTO's SGML-era markup needs it: an end
/// tag closes any elements still open inside it, attribute values may be unquoted and
/// attributes may have no value.
public enum XMLDocumentParser {
    /// Deeper nesting is rejected rather than risking memory or the stack.
    public static let maximumDepth = 256

    /// The document's root element (the first top-level element). Elements named in
    /// `skipping` (an abstract, a patent's description) are checked but left out of the tree,
    /// which keeps parsing fast when an importer needs only the bibliographic part.
    public static func parse(_ bytes: [UInt8], skipping: Set<String> = []) throws(XMLSyntaxError) -> XMLElement {
        let result = bytes.withUnsafeBufferPointer { buffer -> Result<XMLElement, XMLSyntaxError> in
            var parser = Parser(bytes: buffer, skipped: skipping)
            return Result { () throws(XMLSyntaxError) in try parser.parse() }
        }
        return try result.get()
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        var stack: [XMLElement] = []
        var root: XMLElement?
        var text: [UInt8] = []
        let skipped: Set<String>
        var skipFrom: Int?    // stack depth from which elements are left out of the tree

        init(bytes: UnsafeBufferPointer<UInt8>, skipped: Set<String>) {
            self.bytes = bytes
            self.skipped = skipped
        }

        func fail(_ reason: String, at offset: Int? = nil) -> XMLSyntaxError {
            XMLSyntaxError(offset: offset ?? i, reason: reason)
        }

        mutating func parse() throws(XMLSyntaxError) -> XMLElement {
            let n = bytes.count
            while i < n {
                if bytes[i] != UInt8(ascii: "<") {
                    let start = i
                    while i < n && bytes[i] != UInt8(ascii: "<") { i += 1 }
                    if !stack.isEmpty && skipFrom == nil { XMLDocumentParser.appendDecoded(bytes, start..<i, to: &text) }
                    continue
                }
                flushText()
                guard i + 1 < n else { throw fail("document ends after '<'") }
                switch bytes[i + 1] {
                case UInt8(ascii: "/"): try endTag()
                case UInt8(ascii: "!"): try declaration()
                case UInt8(ascii: "?"): try skip(past: "?>", what: "processing instruction")
                default: try startTag()
                }
                if root != nil && stack.isEmpty { break }
            }
            guard let root else { throw fail("no element in the document") }
            if let open = stack.last { throw fail("document ends inside <\(open.name)>") }
            return root
        }

        mutating func flushText() {
            guard !text.isEmpty, let top = stack.last else { text.removeAll(keepingCapacity: true); return }
            top.children.append(.text(String(decoding: text, as: UTF8.self)))
            text.removeAll(keepingCapacity: true)
        }

        static func isNameByte(_ b: UInt8) -> Bool {
            !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ">") || b == UInt8(ascii: "/")
              || b == UInt8(ascii: "=") || b == UInt8(ascii: "<") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'"))
        }

        static func isNameStart(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b >= 0x80
        }

        static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

        mutating func skipSpace() { while i < bytes.count && Parser.isSpace(bytes[i]) { i += 1 } }

        mutating func name() throws(XMLSyntaxError) -> String {
            guard i < bytes.count, Parser.isNameStart(bytes[i]) else { throw fail("expected a tag or attribute name") }
            let start = i
            while i < bytes.count && Parser.isNameByte(bytes[i]) { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }

        mutating func startTag() throws(XMLSyntaxError) {
            let tagStart = i
            i += 1
            let element = XMLElement(name: try name())
            while true {
                skipSpace()
                guard i < bytes.count else { throw fail("document ends inside the tag <\(element.name)>", at: tagStart) }
                let b = bytes[i]
                if b == UInt8(ascii: ">") {
                    i += 1
                    try checkDepth()
                    open(element, empty: false)
                    break
                }
                if b == UInt8(ascii: "/") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: ">") {
                    i += 2; open(element, empty: true); break
                }
                let attribute = try name()
                skipSpace()
                var value: [UInt8] = []
                if i < bytes.count && bytes[i] == UInt8(ascii: "=") {
                    i += 1
                    skipSpace()
                    guard i < bytes.count else { throw fail("document ends inside the tag <\(element.name)>", at: tagStart) }
                    let quote = bytes[i]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        let start = i + 1
                        var end = start
                        while end < bytes.count && bytes[end] != quote && bytes[end] != UInt8(ascii: "<") { end += 1 }
                        guard end < bytes.count, bytes[end] == quote else {
                            throw fail("unterminated value of attribute \(attribute) in <\(element.name)>", at: i)
                        }
                        XMLDocumentParser.appendDecoded(bytes, start..<end, to: &value)
                        i = end + 1
                    } else {
                        // SGML: an unquoted value runs to white space or the tag's end.
                        let start = i
                        while i < bytes.count && !Parser.isSpace(bytes[i]) && bytes[i] != UInt8(ascii: ">") { i += 1 }
                        XMLDocumentParser.appendDecoded(bytes, start..<i, to: &value)
                    }
                }
                element.attributes.append((attribute, String(decoding: value, as: UTF8.self)))
            }
        }

        mutating func open(_ element: XMLElement, empty: Bool) {
            if skipFrom == nil && !skipped.isEmpty && skipped.contains(element.name) && !stack.isEmpty { skipFrom = stack.count }
            if skipFrom == nil {
                if let parent = stack.last { parent.children.append(.element(element)) } else if root == nil { root = element }
            }
            if !empty { stack.append(element) } else if skipFrom == stack.count { skipFrom = nil }
        }

        mutating func endTag() throws(XMLSyntaxError) {
            let tagStart = i
            i += 2
            let closing = try name()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else { throw fail("malformed end tag </\(closing)", at: tagStart) }
            i += 1
            // SGML-era markup leaves some elements unclosed: the end tag closes them too.
            guard let match = stack.lastIndex(where: { $0.name == closing }) else {
                throw fail("end tag </\(closing)> without a matching start tag", at: tagStart)
            }
            stack.removeSubrange(match...)
            if let from = skipFrom, stack.count <= from { skipFrom = nil }
        }

        func checkDepth() throws(XMLSyntaxError) {
            if stack.count >= XMLDocumentParser.maximumDepth { throw fail("elements nested deeper than \(XMLDocumentParser.maximumDepth)") }
        }

        mutating func declaration() throws(XMLSyntaxError) {
            if matches("<!--") { try skip(past: "-->", what: "comment"); return }
            if matches("<![CDATA[") {
                let start = i + 9
                try skip(past: "]]>", what: "CDATA section")
                if !stack.isEmpty && skipFrom == nil { text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<(i - 3)])) }
                return
            }
            // <!DOCTYPE ...> with an optional internal subset: skipped, never interpreted.
            let start = i
            var depth = 0
            var quote: UInt8 = 0
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                if quote != 0 { if b == quote { quote = 0 }; continue }
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { quote = b }
                else if b == UInt8(ascii: "[") { depth += 1 }
                else if b == UInt8(ascii: "]") { depth -= 1 }
                else if b == UInt8(ascii: ">") && depth <= 0 { return }
            }
            throw fail("unterminated declaration", at: start)
        }

        func matches(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard i + count <= bytes.count else { return false }
            let p = literal.utf8Start
            for k in 0..<count where bytes[i + k] != p[k] { return false }
            return true
        }

        mutating func skip(past terminator: StaticString, what: String) throws(XMLSyntaxError) {
            let start = i
            while i < bytes.count {
                if matches(terminator) { i += terminator.utf8CodeUnitCount; return }
                i += 1
            }
            throw fail("unterminated \(what)", at: start)
        }
    }

    /// Appends character data with the predefined entities and character references
    /// decoded; any other reference is kept as written.
    static func appendDecoded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]) {
        var k = range.lowerBound
        while k < range.upperBound {
            let b = bytes[k]
            guard b == UInt8(ascii: "&") else { out.append(b); k += 1; continue }
            var end = k + 1
            while end < range.upperBound && end - k < 12 && bytes[end] != UInt8(ascii: ";") { end += 1 }
            guard end < range.upperBound, bytes[end] == UInt8(ascii: ";") else { out.append(b); k += 1; continue }
            let body = UnsafeBufferPointer(rebasing: bytes[(k + 1)..<end])
            if let decoded = decodeReference(body) {
                out.append(contentsOf: decoded)
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[k...end]))
            }
            k = end + 1
        }
    }

    private static func decodeReference(_ body: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        switch String(decoding: body, as: UTF8.self) {
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "amp": return [UInt8(ascii: "&")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        default: break
        }
        guard body.count >= 2, body[0] == UInt8(ascii: "#") else { return nil }
        var value: UInt32 = 0
        let hex = body[1] == UInt8(ascii: "x") || body[1] == UInt8(ascii: "X")
        let digits = body[(hex ? 2 : 1)...]
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        for d in digits {
            let v: UInt32
            switch d {
            case 0x30...0x39: v = UInt32(d - 0x30)
            case 0x41...0x46 where hex: v = UInt32(d - 0x41 + 10)
            case 0x61...0x66 where hex: v = UInt32(d - 0x61 + 10)
            default: return nil
            }
            value = value * (hex ? 16 : 10) + v
        }
        let scalar = Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
        return Array(String(Character(scalar)).utf8)
    }
}
