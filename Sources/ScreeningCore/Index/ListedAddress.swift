import Foundation

/// A listed spelling that runs on into its entry's address: the Entity List writes some
/// entries so (China Ship Research and Development Academy. No. 2 Shuangquan Baojia,
/// Chaoyang District, Beijing, China; Zaliv Shipyard LLC. 4 Tankistov Street, Kerch, ...),
/// and an affiliation or a partner printing the name alone held too little of that
/// spelling's words to meet it. The index holds the name before the address too
/// (`IndexedForms.spellings(of:)`), and an entry of unknown kind is read as a person's
/// without it (Sergei Nikoleivich Sanev, 5A North Street, Saransk, ...).
enum ListedAddress {
    /// The name before an address that follows it after a comma or a full stop: a house
    /// number (No. 2, 5A, 7150) and a capitalised word, with a word of an address before the
    /// next semicolon (Street, Ave, Road, District, Office, ...). Nil when `text` has no
    /// such address: CASIC 3rd Academy, 31 Research Institute names an institute by its
    /// number.
    static func withoutAddress(_ text: String) -> String? {
        if let found = text.utf8.withContiguousStorageIfAvailable({ addressStart(in: $0) }) {
            return found.flatMap { name(before: $0, in: text) }
        }
        return Array(text.utf8).withUnsafeBufferPointer { addressStart(in: $0) }.flatMap { name(before: $0, in: text) }
    }

    /// The byte offset of the separator before the address, or nil.
    private static func addressStart(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var i = 0
        while i + 3 < count {
            defer { i += 1 }
            guard bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: "."), bytes[i + 1] == UInt8(ascii: " ") else { continue }
            var j = i + 2
            if j + 4 <= count, bytes[j] == UInt8(ascii: "N"), bytes[j + 1] == UInt8(ascii: "o"), bytes[j + 2] == UInt8(ascii: "."),
               bytes[j + 3] == UInt8(ascii: " ") {
                j += 4
            }
            let digits = j
            while j < count, isDigit(bytes[j]) { j += 1 }
            guard (1...6).contains(j - digits) else { continue }
            if j < count, isLetter(bytes[j]) { j += 1 }
            guard j + 1 < count, bytes[j] == UInt8(ascii: " "), isCapital(bytes[j + 1]) else { continue }
            var end = j
            while end < count, bytes[end] != UInt8(ascii: ";") { end += 1 }
            if holdsAddressWord(bytes, from: j, to: end) { return i }
        }
        return nil
    }

    /// Whether a word of an address stands between the offsets, in any case, a full stop
    /// after it or not.
    private static func holdsAddressWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var word: [UInt8] = []
        for k in start...end {
            let byte = k < end ? bytes[k] : UInt8(ascii: " ")
            if isLetter(byte) {
                word.append(byte | 0x20)
            } else {
                if addressWords.contains(word) { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return false
    }

    private static let addressWords: Set<[UInt8]> = Set(["street", "str", "st", "ave", "avenue", "road", "rd", "proezd", "thoroughfare",
                                                         "district", "office", "building", "bldg", "box", "floor", "ul", "lane",
                                                         "blvd", "boulevard", "prospekt", "prospect", "highway"].map { Array($0.utf8) })

    /// The name before the separator at `offset`, trimmed; nil when no letter is left.
    private static func name(before offset: Int, in text: String) -> String? {
        let utf8 = text.utf8
        let head = Substring(utf8[utf8.startIndex..<utf8.index(utf8.startIndex, offsetBy: offset)])
        let name = head.trimmingCharacters(in: .whitespaces)
        return name.contains(where: \.isLetter) ? name : nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isCapital(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isLetter(_ byte: UInt8) -> Bool { isCapital(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) }
}
