/// The facts of the words one thread has already looked at (`Verifier.info`): affiliations
/// repeat their words (university, department, Beijing), and a word's facts take its two
/// phonetic keys and three table lookups, thousands of instructions, where finding them
/// here takes one lookup. Lent to one thread at a time, kept by the thread that used it
/// (`ThreadAffinePool`), never shared (a memo under a lock, shared by both threads, did
/// fewer instructions but ran slower, the lock's cache line passing between the cores at
/// every word). Bounded: once `capacity` words are held it takes no more.
final class TokenFactsMemo {
    private var known: [String: TokenFacts] = [:]
    let capacity: Int

    init(capacity: Int = 100_000) {
        self.capacity = capacity
    }

    /// The facts of `token`, made by `make` the first time.
    func facts(of token: String, make: (String) -> TokenFacts) -> TokenFacts {
        if let found = known[token] { return found }
        let made = make(token)
        if known.count < capacity { known[token] = made }
        return made
    }
}
