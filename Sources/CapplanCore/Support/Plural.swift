/// A count with its noun in the right number, for messages: `1 pairing`, `2 pairings`, `1 person`,
/// `3 people`.
public enum Plural {
    /// `count` and `singular`, or `plural` (default: `singular` + "s") when `count` is not 1.
    public static func of(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
