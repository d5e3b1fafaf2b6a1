//! fdlibm 5.3's algorithms for the functions where the `libm` crate (after FreeBSD's
//! msun) later changed the computation and so the last bit: the sine/cosine kernels
//! and their argument reduction, `log`, `log10`, `cbrt` and the hyperbolic functions. Java's `StrictMath`
//! promises exactly fdlibm's results. Written from the algorithms' descriptions; the
//! polynomial coefficients are the published minimax constants.

// The constants are written as published (their extra digits round to the same doubles),
// not as std's equivalents, so the algorithm reads as it is specified.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

fn with_high_word(high: u32) -> f64 {
    f64::from_bits((high as u64) << 32)
}

/// sin(x + y) for |x| <= pi/4, `y` the tail of `x` (`tail` false: y is zero).
fn kernel_sin(x: f64, y: f64, tail: bool) -> f64 {
    const S1: f64 = -1.666_666_666_666_663_243_48e-1;
    const S2: f64 = 8.333_333_333_322_489_461_24e-3;
    const S3: f64 = -1.984_126_982_985_794_931_34e-4;
    const S4: f64 = 2.755_731_370_707_006_767_89e-6;
    const S5: f64 = -2.505_076_025_340_686_341_95e-8;
    const S6: f64 = 1.589_690_995_211_550_102_21e-10;
    if high_word(x) & 0x7fff_ffff < 0x3e40_0000 && x as i32 == 0 {
        return x;
    }
    let z = x * x;
    let v = z * x;
    let r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if !tail {
        x + v * (S1 + z * r)
    } else {
        x - ((z * (0.5 * y - v * r) - y) - v * S1)
    }
}

/// cos(x + y) for |x| <= pi/4, as fdlibm 5.3's kernel computes it.
fn kernel_cos(x: f64, y: f64) -> f64 {
    const C1: f64 = 4.166_666_666_666_660_190_37e-2;
    const C2: f64 = -1.388_888_888_887_410_957_49e-3;
    const C3: f64 = 2.480_158_728_947_672_941_78e-5;
    const C4: f64 = -2.755_731_435_139_066_330_35e-7;
    const C5: f64 = 2.087_572_321_298_174_827_90e-9;
    const C6: f64 = -1.135_964_755_778_819_482_65e-11;
    let ix = high_word(x) & 0x7fff_ffff;
    if ix < 0x3e40_0000 && x as i32 == 0 {
        return 1.0;
    }
    let z = x * x;
    let r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if ix < 0x3fd3_3333 {
        return 1.0 - (0.5 * z - (z * r - x * y));
    }
    let qx = if ix > 0x3fe9_0000 {
        0.28125
    } else {
        with_high_word(ix - 0x0020_0000)
    };
    let hz = 0.5 * z - qx;
    let a = 1.0 - qx;
    a - (hz - (z * r - x * y))
}

/// x reduced by multiples of pi/2: (n, head, tail) with x = n*pi/2 + head + tail,
/// for |x| up to 2^19 * pi/2 (`None` beyond).
fn reduce_pio2(x: f64) -> Option<(i32, f64, f64)> {
    const INVPIO2: f64 = 6.366_197_723_675_813_824_33e-1;
    const PIO2_1: f64 = 1.570_796_326_734_125_614_17;
    const PIO2_1T: f64 = 6.077_100_506_506_192_249_32e-11;
    const PIO2_2: f64 = 6.077_100_506_303_965_976_60e-11;
    const PIO2_2T: f64 = 2.022_266_248_795_950_631_54e-21;
    const PIO2_3: f64 = 2.022_266_248_711_166_455_80e-21;
    const PIO2_3T: f64 = 8.478_427_660_368_899_569_97e-32;
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let negative = (hx as i32) < 0;
    if ix < 0x4002_d97c {
        // |x| < 3pi/4: one step of pi/2, with more bits of pi/2 right next to it.
        let sign = if negative { -1.0 } else { 1.0 };
        let mut z = x - sign * PIO2_1;
        let (head, tail) = if ix != 0x3ff9_21fb {
            let head = z - sign * PIO2_1T;
            (head, (z - head) - sign * PIO2_1T)
        } else {
            z -= sign * PIO2_2;
            let head = z - sign * PIO2_2T;
            (head, (z - head) - sign * PIO2_2T)
        };
        return Some((if negative { -1 } else { 1 }, head, tail));
    }
    if ix > 0x4139_21fb {
        return None;
    }
    let t = x.abs();
    let n = (t * INVPIO2 + 0.5) as i32;
    let f = n as f64;
    let mut r = t - f * PIO2_1;
    let mut w = f * PIO2_1T;
    let mut head = r - w;
    let j = ix >> 20;
    // Cancellation: take more bits of pi/2 (up to 151 in all).
    if j as i32 - ((high_word(head) >> 20) & 0x7ff) as i32 > 16 {
        let t = r;
        w = f * PIO2_2;
        r = t - w;
        w = f * PIO2_2T - ((t - r) - w);
        head = r - w;
        if j as i32 - ((high_word(head) >> 20) & 0x7ff) as i32 > 49 {
            let t = r;
            w = f * PIO2_3;
            r = t - w;
            w = f * PIO2_3T - ((t - r) - w);
            head = r - w;
        }
    }
    let tail = (r - head) - w;
    Some(if negative {
        (-n, -head, -tail)
    } else {
        (n, head, tail)
    })
}

pub fn sin(x: f64) -> f64 {
    if high_word(x) & 0x7fff_ffff <= 0x3fe9_21fb {
        return kernel_sin(x, 0.0, false);
    }
    if !x.is_finite() {
        return f64::NAN;
    }
    match reduce_pio2(x) {
        Some((n, a, b)) => match n & 3 {
            0 => kernel_sin(a, b, true),
            1 => kernel_cos(a, b),
            2 => -kernel_sin(a, b, true),
            _ => -kernel_cos(a, b),
        },
        None => libm::sin(x),
    }
}

pub fn cos(x: f64) -> f64 {
    if high_word(x) & 0x7fff_ffff <= 0x3fe9_21fb {
        return kernel_cos(x, 0.0);
    }
    if !x.is_finite() {
        return f64::NAN;
    }
    match reduce_pio2(x) {
        Some((n, a, b)) => match n & 3 {
            0 => kernel_cos(a, b),
            1 => -kernel_sin(a, b, true),
            2 => -kernel_cos(a, b),
            _ => kernel_sin(a, b, true),
        },
        None => libm::cos(x),
    }
}

const TWO54: f64 = 1.801_439_850_948_198_4e16;

fn low_word(x: f64) -> u32 {
    x.to_bits() as u32
}

fn with_words(high: u32, low: u32) -> f64 {
    f64::from_bits(((high as u64) << 32) | low as u64)
}

/// Natural logarithm: x = 2^k * (1 + f) with 1 + f in [sqrt(2)/2, sqrt(2)), then
/// log(1 + f) from s = f / (2 + f) and a polynomial in s^2.
pub fn log(x: f64) -> f64 {
    const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-1;
    const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;
    const LG1: f64 = 6.666_666_666_666_735_130e-1;
    const LG2: f64 = 3.999_999_999_940_941_908e-1;
    const LG3: f64 = 2.857_142_874_366_239_149e-1;
    const LG4: f64 = 2.222_219_843_214_978_396e-1;
    const LG5: f64 = 1.818_357_216_161_805_012e-1;
    const LG6: f64 = 1.531_383_769_920_937_332e-1;
    const LG7: f64 = 1.479_819_860_511_658_591e-1;
    let mut x = x;
    let mut hx = high_word(x) as i32;
    let lx = low_word(x);
    let mut k: i32 = 0;
    if hx < 0x0010_0000 {
        if (hx & 0x7fff_ffff) as u32 | lx == 0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        // Subnormal: scale up.
        k -= 54;
        x *= TWO54;
        hx = high_word(x) as i32;
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000f_ffff;
    let i = (hx + 0x95f64) & 0x0010_0000;
    // Normalize x or x/2 into [sqrt(2)/2, sqrt(2)).
    x = with_words((hx | (i ^ 0x3ff0_0000)) as u32, low_word(x));
    k += i >> 20;
    let f = x - 1.0;
    let dk = k as f64;
    if (0x000f_ffff & (2 + hx)) < 3 {
        // |f| < 2^-20
        if f == 0.0 {
            return if k == 0 {
                0.0
            } else {
                dk * LN2_HI + dk * LN2_LO
            };
        }
        let r = f * f * (0.5 - 0.333_333_333_333_333_33 * f);
        return if k == 0 {
            f - r
        } else {
            dk * LN2_HI - ((r - dk * LN2_LO) - f)
        };
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let mut i = hx - 0x6147a;
    let w = z * z;
    let j = 0x6b851 - hx;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    i |= j;
    let r = t2 + t1;
    if i > 0 {
        let hfsq = 0.5 * f * f;
        if k == 0 {
            f - (hfsq - s * (hfsq + r))
        } else {
            dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
        }
    } else if k == 0 {
        f - s * (f - r)
    } else {
        dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
    }
}

/// Base-10 logarithm: k*log10(2) plus log10 of the mantissa, through `log`.
pub fn log10(x: f64) -> f64 {
    const IVLN10: f64 = 4.342_944_819_032_518_166_68e-1;
    const LOG10_2HI: f64 = 3.010_299_956_636_117_713_06e-1;
    const LOG10_2LO: f64 = 3.694_239_077_158_930_786_16e-13;
    let mut x = x;
    let mut hx = high_word(x) as i32;
    let lx = low_word(x);
    let mut k: i32 = 0;
    if hx < 0x0010_0000 {
        if (hx & 0x7fff_ffff) as u32 | lx == 0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        k -= 54;
        x *= TWO54;
        hx = high_word(x) as i32;
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    let i = ((k as u32) & 0x8000_0000) >> 31;
    hx = (hx & 0x000f_ffff) | ((0x3ff - i as i32) << 20);
    let y = (k + i as i32) as f64;
    x = with_words(hx as u32, low_word(x));
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
}

/// Cube root: a first guess from the exponent bits, one rational step to 20 bits,
/// then one Newton step.
pub fn cbrt(x: f64) -> f64 {
    const B1: u32 = 715_094_163;
    const B2: u32 = 696_219_795;
    const C: f64 = 5.428_571_428_571_428_159_06e-1;
    const D: f64 = -7.053_061_224_489_796_110_50e-1;
    const E: f64 = 1.414_285_714_285_714_368_19;
    const F: f64 = 1.607_142_857_142_857_206_30;
    const G: f64 = 3.571_428_571_428_571_507_87e-1;
    let hx_full = high_word(x);
    let sign = hx_full & 0x8000_0000;
    let hx = hx_full & 0x7fff_ffff;
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    if hx | low_word(x) == 0 {
        return x;
    }
    let x = with_words(hx, low_word(x));
    let mut t = if hx < 0x0010_0000 {
        let t = with_words(0x4350_0000, 0) * x;
        with_words(high_word(t) / 3 + B2, 0)
    } else {
        with_words(hx / 3 + B1, 0)
    };
    let r = t * t / x;
    let s = C + r * t;
    t *= G + F / (s + E + D / s);
    // Chop to 20 bits, rounded up so it is larger than the cube root.
    t = with_words(high_word(t) + 1, 0);
    let s = t * t;
    let r = x / s;
    let w = t + t;
    let r = (r - t) / (w + r);
    t += t * r;
    with_words(high_word(t) | sign, low_word(t))
}

/// Hyperbolic sine, from `expm1` below 22 and `exp` above (halved to avoid overflow
/// near the top of the range).
pub fn sinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    let h = if x.is_sign_negative() { -0.5 } else { 0.5 };
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    let ax = x.abs();
    if ix < 0x4036_0000 {
        if ix < 0x3e30_0000 {
            return x;
        }
        let t = libm::expm1(ax);
        if ix < 0x3ff0_0000 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ix < 0x4086_2e42 {
        return h * libm::exp(ax);
    }
    if ix <= 0x4086_33ce || (ix == 0x4086_33ce && low_word(x) <= 0x8fb9_f87d) {
        let w = libm::exp(0.5 * ax);
        let t = h * w;
        return t * w;
    }
    x * 1.0e307
}

/// Hyperbolic cosine, the same way.
pub fn cosh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return x * x;
    }
    let ax = x.abs();
    if ix < 0x3fd6_2e43 {
        let t = libm::expm1(ax);
        let w = 1.0 + t;
        if ix < 0x3c80_0000 {
            return w;
        }
        return 1.0 + (t * t) / (w + w);
    }
    if ix < 0x4036_0000 {
        let t = libm::exp(ax);
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x4086_2e42 {
        return 0.5 * libm::exp(ax);
    }
    if ix <= 0x4086_33ce || (ix == 0x4086_33ce && low_word(x) <= 0x8fb9_f87d) {
        let w = libm::exp(0.5 * ax);
        let t = 0.5 * w;
        return t * w;
    }
    f64::INFINITY
}

/// Hyperbolic tangent, from `expm1` of twice the argument.
pub fn tanh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    let negative = x.is_sign_negative();
    if ix >= 0x7ff0_0000 {
        return if x.is_nan() {
            x
        } else if negative {
            -1.0
        } else {
            1.0
        };
    }
    let z = if ix < 0x4036_0000 {
        if ix < 0x3c80_0000 {
            return x * (1.0 + x);
        }
        if ix >= 0x3ff0_0000 {
            let t = libm::expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = libm::expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0
    };
    if negative { -z } else { z }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bits JDK 17's StrictMath gives for these arguments (where glibc's or msun's
    /// current algorithms differ in the last place for some of them).
    #[test]
    fn matches_jdk_17_strictmath() {
        let cases: [(f64, [u64; 5]); 3] = [
            (
                0.3,
                [
                    0xbff3_4378_fcbd_a721,
                    0x3fe5_6bfe_a66e_f78d,
                    0xbfe0_bb6c_34d8_1502,
                    0x3fd2_a4dd_a7d9_14fa,
                    0x3ff0_b9b4_e0b6_ec4c,
                ],
            ),
            (
                0.7,
                [
                    0xbfd6_d3c3_24e1_3f50,
                    0x3fec_69b5_a72f_1a99,
                    0xbfc3_d3d3_d21c_cf04,
                    0x3fe3_56fb_17af_2e92,
                    0x3ff4_152c_1862_342f,
                ],
            ),
            (
                1.0e-5,
                [
                    0xc027_069e_2aa2_aa5b,
                    0x3f96_0fb8_a566_f628,
                    0xc014_0000_0000_0000,
                    0x3ee4_f8b5_88e0_6854,
                    0x3ff0_0000_0003_6f9c,
                ],
            ),
        ];
        for (x, [l, c, l10, th, ch]) in cases {
            assert_eq!(log(x).to_bits(), l, "log({x})");
            assert_eq!(cbrt(x).to_bits(), c, "cbrt({x})");
            assert_eq!(log10(x).to_bits(), l10, "log10({x})");
            assert_eq!(tanh(x).to_bits(), th, "tanh({x})");
            assert_eq!(cosh(x).to_bits(), ch, "cosh({x})");
        }
        assert_eq!(cos(0.1).to_bits(), 0x3fef_d712_f9a8_17c0);
        assert!(log(-1.0).is_nan() && log(0.0) == f64::NEG_INFINITY);
        assert_eq!(cbrt(-8.0), -2.0);
        assert!(sin(f64::INFINITY).is_nan());
    }
}
