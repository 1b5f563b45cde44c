//! Score claim extraction on a directory of gold-annotated articles: `DIR/<stem>.txt|md`
//! with `DIR/gold/<stem>.claims.jsonl` (docs/ANNOTATION.md).
//!
//! `cargo run --release --example score_claims -- DIR [--misses]`

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: score_claims DIR [--misses]");
        std::process::exit(2);
    };
    let show_misses = args.any(|a| a == "--misses");
    match claimdiff::eval::score_dir(std::path::Path::new(&dir)) {
        Ok((rows, total, misses)) => {
            for (name, t) in &rows {
                println!("{}", t.row(name));
            }
            println!("{}", total.row("TOTAL"));
            if show_misses {
                for m in misses {
                    println!("  {m}");
                }
            }
        }
        Err(e) => {
            eprintln!("score_claims: {e}");
            std::process::exit(2);
        }
    }
}
