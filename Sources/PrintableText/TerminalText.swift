/// Untrusted text (file names, text read from files) made safe to print on one terminal line.
public enum TerminalText {
    /// Line breaks, tabs, control characters (C0, DEL, C1, which could move the cursor or start
    /// escape sequences) and bidirectional overrides become spaces; runs of spaces collapse, and the
    /// ends are trimmed. A name with a newline cannot forge a second output line.
    public static func oneLine(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let unsafe =
                scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
                || scalar == "\u{2028}" || scalar == "\u{2029}"
            let isSpace = unsafe || scalar == " "
            if isSpace {
                if !lastWasSpace { result += " " }
            } else {
                result.unicodeScalars.append(scalar)
            }
            lastWasSpace = isSpace
        }
        // Trim the single space a leading or trailing run collapsed into.
        if result.hasPrefix(" ") { result.removeFirst() }
        if result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
