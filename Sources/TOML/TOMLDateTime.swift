/// A TOML date, time or date-time: its components and the original text.
///
/// Which components are present tells the four TOML kinds apart: offset date-time
/// (date, time, offset), local date-time (date, time), local date, local time.
public struct TOMLDateTime: Hashable, Sendable, CustomStringConvertible {
    /// A calendar date.
    public struct Date: Hashable, Sendable {
        public var year: Int
        public var month: Int
        public var day: Int

        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }
    }

    /// A time of day. `fraction` keeps the fractional-second digits as written.
    public struct Time: Hashable, Sendable {
        public var hour: Int
        public var minute: Int
        public var second: Int
        /// Fractional-second digits as written (without the dot), empty when absent.
        public var fraction: String
        /// The fraction in nanoseconds (digits past the ninth are truncated).
        public var nanosecond: Int

        public init(hour: Int, minute: Int, second: Int, fraction: String = "", nanosecond: Int = 0) {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.fraction = fraction
            self.nanosecond = nanosecond
        }
    }

    /// The date, absent for a local time.
    public var date: Date?
    /// The time, absent for a local date.
    public var time: Time?
    /// The offset from UTC in minutes (`Z` is 0), absent for local values.
    public var offsetMinutes: Int?
    /// The text as written in the source.
    public var text: String

    public var description: String { text }
}
