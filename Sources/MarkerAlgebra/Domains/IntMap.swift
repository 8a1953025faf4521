/// A map from non-zero 64-bit keys to 32-bit values, open addressing in plain buffers: the
/// memo of label operations, with no hashing of Swift values and no reference counting.
/// The owner frees it.
struct IntMap {
    private var keys: ArenaBuffer<UInt64>
    private var values: ArenaBuffer<UInt32>
    private var shift: UInt64
    private(set) var count = 0

    /// `capacity` is rounded up to a power of two.
    init(capacity: Int = 64) {
        var size = 16
        var bits: UInt64 = 4
        while size < capacity {
            size *= 2
            bits += 1
        }
        keys = ArenaBuffer(repeating: 0, count: size)
        values = ArenaBuffer(repeating: 0, count: size)
        shift = 64 - bits
    }

    func free() {
        keys.free()
        values.free()
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always) func get(_ key: UInt64) -> UInt32? {
        let mask = keys.count - 1
        var s = slot(key)
        while true {
            let k = keys[s]
            if k == key { return values[s] }
            if k == 0 { return nil }
            s = (s + 1) & mask
        }
    }

    /// Sets `key` (non-zero) to `value`.
    mutating func set(_ key: UInt64, _ value: UInt32) {
        let mask = keys.count - 1
        var s = slot(key)
        while true {
            let k = keys[s]
            if k == key {
                values[s] = value
                return
            }
            if k == 0 { break }
            s = (s + 1) & mask
        }
        keys[s] = key
        values[s] = value
        count += 1
        if count * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = ArenaBuffer(repeating: 0, count: oldKeys.count * 2)
        values = ArenaBuffer(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for i in 0..<oldKeys.count where oldKeys[i] != 0 {
            var s = slot(oldKeys[i])
            while keys[s] != 0 { s = (s + 1) & mask }
            keys[s] = oldKeys[i]
            values[s] = oldValues[i]
        }
        oldKeys.free()
        oldValues.free()
    }
}

/// Values per non-zero 64-bit key: an ``IntMap`` from the key to a place in an array (the
/// rendering caches). The owner frees it.
struct IntCache<Value> {
    private var index = IntMap()
    private var values: [Value] = []

    func free() { index.free() }

    @inline(__always) subscript(key: UInt64) -> Value? {
        guard let place = index.get(key) else { return nil }
        return values[Int(place)]
    }

    mutating func set(_ key: UInt64, _ value: Value) {
        if let place = index.get(key) {
            values[Int(place)] = value
        } else {
            index.set(key, UInt32(values.count))
            values.append(value)
        }
    }

    mutating func removeAll() {
        index.free()
        index = IntMap()
        values.removeAll()
    }
}
