/// One element of a parsed XML document: its name, attributes and children in order.
///
/// Importers parse one document (a citation, a patent) at a time into these, so a tree
/// never holds more than one record's markup.
public final class XMLElement {
    /// A child: an element or a run of character data (entities already decoded).
    public enum Node {
        case element(XMLElement)
        case text(String)
    }

    /// The tag name as written (case kept).
    public let name: String
    /// Attributes in document order, values decoded.
    public var attributes: [(name: String, value: String)]
    /// Children in document order.
    public var children: [Node] = []

    /// Creates an element without children.
    public init(name: String, attributes: [(name: String, value: String)] = []) {
        self.name = name
        self.attributes = attributes
    }

    /// The value of attribute `name`, if present.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Child elements, in order.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// The first child element called `name`.
    public func child(_ name: String) -> XMLElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    /// Every child element called `name`.
    public func children(_ name: String) -> [XMLElement] {
        var result: [XMLElement] = []
        for case .element(let e) in children where e.name == name { result.append(e) }
        return result
    }

    /// The first element at a slash-separated path of child names (`Article/Journal/Title`).
    public func first(_ path: String) -> XMLElement? {
        if !path.utf8.contains(UInt8(ascii: "/")) { return child(path) }
        var current: XMLElement? = self
        for step in path.split(separator: "/") { current = current?.child(String(step)) }
        return current
    }

    /// Every element at a slash-separated path of child names.
    public func all(_ path: String) -> [XMLElement] {
        if !path.utf8.contains(UInt8(ascii: "/")) { return children(path) }
        var current = [self]
        for step in path.split(separator: "/") {
            let name = String(step)
            current = current.flatMap { $0.children(name) }
        }
        return current
    }

    /// The first descendant (depth first, document order) called `name`.
    public func descendant(_ name: String) -> XMLElement? {
        for case .element(let e) in children {
            if e.name == name { return e }
            if let found = e.descendant(name) { return found }
        }
        return nil
    }

    /// Every descendant called `name`, in document order (not searching inside a match).
    public func descendants(_ name: String) -> [XMLElement] {
        var result: [XMLElement] = []
        for case .element(let e) in children {
            if e.name == name { result.append(e) } else { result += e.descendants(name) }
        }
        return result
    }

    /// All character data inside, with runs of white space collapsed to one space and the
    /// ends trimmed: names and affiliations as printed, without the markup's indentation.
    public var text: String {
        var raw = ""
        appendText(to: &raw)
        return XMLElement.collapsingWhitespace(raw)
    }

    /// The text of the element at `path`, or nil when it is absent or blank.
    public func text(_ path: String) -> String? {
        guard let text = first(path)?.text, !text.isEmpty else { return nil }
        return text
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let t): out += t
            case .element(let e):
                // Block-level children (a new line in the source) must not glue words together.
                if !out.isEmpty, out.last?.isWhitespace == false, e.isSeparatedInline == false { out += " " }
                e.appendText(to: &out)
            }
        }
    }

    /// Inline markup (<i>, <b>, <sup>, <sub>, ...) joins its text to its neighbours; any
    /// other element is a separate piece (PDAT runs in USPTO names, MathML).
    private var isSeparatedInline: Bool {
        switch name {
        case "i", "b", "u", "sup", "sub", "sc", "italic", "bold", "underline", "smallcaps", "ital", "highlight",
             "I", "B", "U", "SP", "SB", "SUP", "SUB", "HIL", "ITALIC", "BOLD", "PDAT", "STEXT":
            return true
        default:
            return false
        }
    }

    /// Works on UTF-8 bytes (the hot path of every importer): ASCII white space, and the
    /// non-ASCII white space of Unicode (no-break, ideographic, ... spaces) by their bytes.
    static func collapsingWhitespace(_ raw: String) -> String {
        var raw = raw
        return raw.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var k = 0
            while k < bytes.count {
                let width = whitespaceWidth(bytes, at: k)
                if width > 0 {
                    pendingSpace = !out.isEmpty
                    k += width
                    continue
                }
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(bytes[k])
                k += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The length of the white-space character at `k`, or 0 when there is none.
    private static func whitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> Int {
        let first = b[k]
        if first < 0x80 { return (first == 0x20 || (first >= 0x09 && first <= 0x0D)) ? 1 : 0 }
        func at(_ i: Int) -> UInt8 { k + i < b.count ? b[k + i] : 0 }
        switch first {
        case 0xC2: return at(1) == 0x85 || at(1) == 0xA0 ? 2 : 0                        // NEL, NBSP
        case 0xE1: return at(1) == 0x9A && at(2) == 0x80 ? 3 : 0                         // U+1680
        case 0xE2:
            if at(1) == 0x80 && ((at(2) >= 0x80 && at(2) <= 0x8A) || at(2) == 0xA8 || at(2) == 0xA9 || at(2) == 0xAF) { return 3 }
            return at(1) == 0x81 && at(2) == 0x9F ? 3 : 0                                // U+205F
        case 0xE3: return at(1) == 0x80 && at(2) == 0x80 ? 3 : 0                         // U+3000
        default: return 0
        }
    }
}
