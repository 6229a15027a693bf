/// A value held by reference: an optional of it is one word. For a table of one value per
/// alias that most aliases lack (a registry's hundred thousand names hold few persons'), the
/// value inline took its whole size in every slot.
final class Boxed<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }
}
