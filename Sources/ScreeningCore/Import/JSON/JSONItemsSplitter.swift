/// Streams the elements of the `items` array of a JSON document (Crossref's
/// `{"message": {"items": [...]}}` API pages and `{"items": [...]}` snapshot files) one at
/// a time, holding only the current element, so a large file keeps memory flat.
///
/// A document without such an array (a single Crossref work, `{"message": {...}}`) is kept
/// whole, up to `maximumDocumentLength`, and handed over by `wholeDocument` at the end.
/// Only the structure is tracked here (strings, nesting, member names); each element is
/// then parsed strictly by its reader.
final class JSONItemsSplitter {
    struct Item {
        var bytes: [UInt8]
        /// 1-based line and 0-based byte offset where the element starts.
        var line: Int
        var offset: Int
        /// 0-based index in the array.
        var index: Int
    }

    private struct Container {
        var isObject: Bool
        var key: [UInt8]? = nil       // the member whose value this is, when inside an object
        var currentKey: [UInt8]? = nil
        var expectingKey = true
    }

    private let source: ChunkReader
    private let maximumDocumentLength: Int
    private var chunk: [UInt8] = []
    private var position = 0
    private var offset = 0
    private var line = 1
    private var stack: [Container] = []
    private var inString = false
    private var escaped = false
    private var stringIsKey = false
    private var keyBytes: [UInt8] = []
    private var itemsDepth: Int?
    private var item: [UInt8] = []
    private var itemLine = 0, itemOffset = 0, itemIndex = 0
    private var capturing = false
    /// The whole document while no `items` array has been seen and it fits the limit.
    private(set) var wholeDocument: [UInt8]? = []
    /// Whether an `items` array was found.
    private(set) var foundItems = false
    /// Elements dropped for being longer than `maximumDocumentLength`.
    private(set) var oversized = 0

    init(_ source: ChunkReader, maximumDocumentLength: Int = 64 << 20) {
        self.source = source
        self.maximumDocumentLength = maximumDocumentLength
    }

    /// The next element of `items`, or nil at the end of the input.
    func next() throws -> Item? {
        while true {
            if position == chunk.count {
                chunk = try source.read(maximum: 1 << 18)
                position = 0
                if chunk.isEmpty { return nil }
                if wholeDocument != nil {
                    if (wholeDocument?.count ?? 0) + chunk.count > maximumDocumentLength { wholeDocument = nil }
                    else { wholeDocument?.append(contentsOf: chunk) }
                }
            }
            while position < chunk.count {
                let b = chunk[position]
                position += 1
                offset += 1
                if b == 0x0A { line += 1 }
                if capturing {
                    item.append(b)
                    // A runaway element (a broken file): stop holding it; it is reported.
                    if item.count > maximumDocumentLength { capturing = false; item = []; oversized += 1 }
                }
                if inString {
                    if escaped { escaped = false }
                    else if b == UInt8(ascii: "\\") { escaped = true }
                    else if b == UInt8(ascii: "\"") { inString = false; if stringIsKey { stack[stack.count - 1].currentKey = keyBytes } }
                    else if stringIsKey && keyBytes.count < 64 { keyBytes.append(b) }
                    continue
                }
                switch b {
                case UInt8(ascii: "\""):
                    inString = true
                    stringIsKey = stack.last.map { $0.isObject && $0.expectingKey } ?? false
                    keyBytes.removeAll(keepingCapacity: true)
                case UInt8(ascii: ":"):
                    if !stack.isEmpty { stack[stack.count - 1].expectingKey = false }
                case UInt8(ascii: ","):
                    if let last = stack.last, last.isObject { stack[stack.count - 1].expectingKey = true }
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    let key = stack.last.flatMap { $0.isObject ? $0.currentKey : nil }
                    if let depth = itemsDepth, stack.count == depth, b == UInt8(ascii: "{") {
                        capturing = true
                        item = [b]
                        itemLine = line
                        itemOffset = offset - 1
                    }
                    stack.append(Container(isObject: b == UInt8(ascii: "{"), key: key))
                    if b == UInt8(ascii: "["), itemsDepth == nil, isItemsArray() {
                        itemsDepth = stack.count
                        foundItems = true
                        wholeDocument = nil
                    }
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if !stack.isEmpty { stack.removeLast() }
                    if let depth = itemsDepth {
                        if capturing && stack.count == depth {
                            capturing = false
                            defer { itemIndex += 1 }
                            return Item(bytes: item, line: itemLine, offset: itemOffset, index: itemIndex)
                        }
                        if stack.count < depth { itemsDepth = nil }
                    }
                default:
                    break
                }
            }
        }
    }

    /// The array just opened is `items` of the top object or of its `message`.
    private func isItemsArray() -> Bool {
        let items = Array("items".utf8), message = Array("message".utf8)
        guard stack.last?.key == items else { return false }
        if stack.count == 2 { return true }
        return stack.count == 3 && stack[1].key == message
    }
}
