/// The version printed by `--version` and written into iCalendar PRODID.
public enum RunRampVersion {
    public static let string = "0.1.0"
}
