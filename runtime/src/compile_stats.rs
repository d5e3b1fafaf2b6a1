//! What the JIT compiled and what it cost, summed over the run, for
//! `-XX:+CITime` (printed at exit, under HotSpot's headings).
//!
//! The compiler records each compilation here (atomics: a record is a few adds);
//! the runtime prints the summary because it owns the exit paths.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// The kinds of compilation the summary separates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompileKind {
    Standard,
    Osr,
    /// Given up: the method stays interpreted.
    BailedOut,
}

#[derive(Default)]
struct Tally {
    methods: AtomicU64,
    bytecodes: AtomicU64,
    nanos: AtomicU64,
    code_bytes: AtomicU64,
}

impl Tally {
    fn methods(&self) -> u64 {
        self.methods.load(Ordering::Relaxed)
    }

    fn bytecodes(&self) -> u64 {
        self.bytecodes.load(Ordering::Relaxed)
    }

    fn seconds(&self) -> f64 {
        self.nanos.load(Ordering::Relaxed) as f64 / 1e9
    }

    fn average(&self) -> f64 {
        match self.methods() {
            0 => 0.0,
            n => self.seconds() / n as f64,
        }
    }
}

#[derive(Default)]
pub struct CompileStats {
    standard: Tally,
    osr: Tally,
    bailed_out: Tally,
}

impl CompileStats {
    /// One compilation of `bytecodes` bytes that took `time` and produced
    /// `code_bytes` bytes of machine code.
    pub fn record(&self, kind: CompileKind, bytecodes: usize, time: Duration, code_bytes: usize) {
        let tally = match kind {
            CompileKind::Standard => &self.standard,
            CompileKind::Osr => &self.osr,
            CompileKind::BailedOut => &self.bailed_out,
        };
        tally.methods.fetch_add(1, Ordering::Relaxed);
        tally
            .bytecodes
            .fetch_add(bytecodes as u64, Ordering::Relaxed);
        tally
            .nanos
            .fetch_add(time.as_nanos() as u64, Ordering::Relaxed);
        tally
            .code_bytes
            .fetch_add(code_bytes as u64, Ordering::Relaxed);
    }

    /// The `-XX:+CITime` summary.
    pub fn summary(&self) -> String {
        let (s, o, b) = (&self.standard, &self.osr, &self.bailed_out);
        let total = s.seconds() + o.seconds() + b.seconds();
        let bytecodes = s.bytecodes() + o.bytecodes();
        let speed = if s.seconds() + o.seconds() > 0.0 {
            bytecodes as f64 / (s.seconds() + o.seconds())
        } else {
            0.0
        };
        let code = s.code_bytes.load(Ordering::Relaxed) + o.code_bytes.load(Ordering::Relaxed);
        let time = |name: &str, t: &Tally| {
            format!(
                "    {name:<22} : {:7.3} s, Average : {:.3} s\n",
                t.seconds(),
                t.average()
            )
        };
        let mut out = String::from(
            "Accumulated compiler times\n----------------------------------------------------------\n",
        );
        out += &format!("  Total compilation time   : {total:7.3} s\n");
        out += &time("Standard compilation", s);
        out += &time("On stack replacement", o);
        out += &time("Bailed out compilation", b);
        out += "\n";
        out += &format!(
            "  Total compiled methods    : {:8} methods\n",
            s.methods() + o.methods()
        );
        out += &format!("    Standard compilation    : {:8} methods\n", s.methods());
        out += &format!("    On stack replacement    : {:8} methods\n", o.methods());
        out += &format!("  Total compiled bytecodes  : {bytecodes:8} bytes\n");
        out += &format!("    Standard compilation    : {:8} bytes\n", s.bytecodes());
        out += &format!("    On stack replacement    : {:8} bytes\n", o.bytecodes());
        out += &format!("  Average compilation speed : {:8} bytes/s\n", speed as u64);
        out += "\n";
        out += &format!("  Machine code size         : {code:8} bytes\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_by_kind() {
        let stats = CompileStats::default();
        stats.record(CompileKind::Standard, 100, Duration::from_millis(2), 900);
        stats.record(CompileKind::Standard, 50, Duration::from_millis(1), 400);
        stats.record(CompileKind::Osr, 300, Duration::from_millis(3), 2000);
        stats.record(CompileKind::BailedOut, 70, Duration::from_millis(1), 0);
        let text = stats.summary();
        assert!(
            text.contains("Total compilation time   :   0.007 s"),
            "{text}"
        );
        assert!(text.contains("Standard compilation   :   0.003 s, Average : 0.002 s"));
        assert!(text.contains("Total compiled methods    :        3 methods"));
        assert!(text.contains("On stack replacement    :      300 bytes"));
        assert!(text.contains("Total compiled bytecodes  :      450 bytes"));
        // 450 bytes in 6 ms of successful compilation.
        assert!(text.contains("Average compilation speed :    75000 bytes/s"));
        assert!(text.contains("Machine code size         :     3300 bytes"));
    }

    #[test]
    fn nothing_compiled() {
        let text = CompileStats::default().summary();
        assert!(text.contains("Total compiled methods    :        0 methods"));
        assert!(text.contains("Average compilation speed :        0 bytes/s"));
    }
}
