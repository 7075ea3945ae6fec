//! Sequence helpers shared by list, tuple, str and range: index normalisation and
//! slice arithmetic with Python's clamping rules.

use super::{ExcKind, PyErr, PyResult};

/// Normalises a possibly negative index against `len`; None when out of range.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    (0..len).contains(&j).then_some(j as usize)
}

/// CPython's `PySlice_AdjustIndices`: clamps `start:stop:step` to a sequence of
/// length `len`, returning the adjusted (start, stop, step).
pub fn adjust_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: usize,
) -> PyResult<(i64, i64, i64)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::new(ExcKind::ValueError, "slice step cannot be zero"));
    }
    let len = len as i64;
    let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| match v {
        None => default,
        Some(v) if v < 0 => (v + len).max(lo),
        Some(v) => v.min(hi),
    };
    Ok(if step > 0 {
        (clamp(start, 0, 0, len), clamp(stop, len, 0, len), step)
    } else {
        (
            clamp(start, len - 1, -1, len - 1),
            clamp(stop, -1, -1, len - 1),
            step,
        )
    })
}

/// The positions a slice `start:stop:step` selects in a sequence of length `len`.
pub fn slice_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: usize,
) -> PyResult<Vec<usize>> {
    let (a, b, step) = adjust_indices(start, stop, step, len)?;
    let mut out = Vec::new();
    let mut i = a;
    while (step > 0 && i < b) || (step < 0 && i > b) {
        out.push(i as usize);
        i += step;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_clamp_like_python() {
        assert_eq!(
            slice_indices(None, None, Some(-1), 3).unwrap(),
            vec![2, 1, 0]
        );
        assert_eq!(slice_indices(Some(-2), None, None, 3).unwrap(), vec![1, 2]);
        assert_eq!(
            slice_indices(Some(1), Some(100), Some(2), 5).unwrap(),
            vec![1, 3]
        );
        assert_eq!(
            slice_indices(Some(5), Some(-10), Some(-2), 4).unwrap(),
            vec![3, 1]
        );
        assert!(slice_indices(None, None, Some(0), 3).is_err());
    }
}
