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
        elements.filter { $0.name == name }
    }

    /// The first element at a slash-separated path of child names (`Article/Journal/Title`).
    public func first(_ path: String) -> XMLElement? {
        var current: XMLElement? = self
        for step in path.split(separator: "/") { current = current?.child(String(step)) }
        return current
    }

    /// Every element at a slash-separated path of child names.
    public func all(_ path: String) -> [XMLElement] {
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

    static func collapsingWhitespace(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
