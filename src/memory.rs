//! Handing back to the system the memory the allocator keeps after the program freed it.
//!
//! glibc's allocator returns freed memory to the system only from the top of each
//! arena: the holes that a stage's working memory leaves below the results it keeps stay
//! resident, and each worker thread has an arena of its own. `compare` of one large event
//! frees most of what extraction and then alignment and classification worked with; at
//! 1,000 reports handing those holes back at the two boundaries took the peak resident set
//! at two threads from 89–94 MB to 80–87 MB (three runs each).

/// Ask the allocator to return the memory it holds free to the system: glibc's
/// `malloc_trim(0)`, which releases the free pages of every arena (not only the top of
/// the heap). Call it between stages, where a stage's working memory has just been freed;
/// it walks every arena, so not in a loop. Elsewhere than Linux with glibc it does
/// nothing (other allocators return memory themselves or have no such call).
pub fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` takes no pointer and has no precondition; glibc locks each
    // arena while it trims it, so it is safe to call while other threads allocate.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(test)]
mod tests {
    /// Freed memory handed back leaves every live allocation as it was.
    #[test]
    fn release_keeps_live_memory() {
        let kept: Vec<String> = (0..1_000).map(|i| format!("kept {i}")).collect();
        let freed: Vec<Vec<u8>> = (0..1_000).map(|i| vec![7u8; 1_000 + i]).collect();
        drop(freed);
        super::release_freed();
        assert_eq!(kept.len(), 1_000);
        assert!(
            kept.iter()
                .enumerate()
                .all(|(i, s)| *s == format!("kept {i}"))
        );
    }
}
