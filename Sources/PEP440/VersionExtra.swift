/// The rarely needed parts of a ``Version``, kept out of line so that the common version is
/// plain data: copying it touches no reference count beyond one nil pointer.
///
/// `local` is used by any version with a local label. The other fields are meaningful only
/// when the version is spilled (see `Version.Flags.spilled`): then they hold the whole public
/// version, because something did not fit the inline fields (more than four release
/// numbers, a number beyond the inline width).
@usableFromInline
final class VersionExtra: Sendable {
    let epoch: VersionNumber
    let release: [VersionNumber]
    let pre: PreRelease?
    let post: VersionNumber?
    let dev: VersionNumber?
    let local: [LocalSegment]?

    init(
        epoch: VersionNumber, release: [VersionNumber], pre: PreRelease?, post: VersionNumber?,
        dev: VersionNumber?, local: [LocalSegment]?
    ) {
        self.epoch = epoch
        self.release = release
        self.pre = pre
        self.post = post
        self.dev = dev
        self.local = local
    }

    /// Only a local label; the public version is inline.
    convenience init(local: [LocalSegment]) {
        self.init(epoch: 0, release: [], pre: nil, post: nil, dev: nil, local: local)
    }
}
