use leptos::prelude::*;

use domain::keepers::words::{self, at_line, freshness_summary, report_title, verdict, what_to_write};
use domain::keepers::{file_name, Finding, Freshness, Report};

/// What the app would make of a file: fine, or every problem with its line, what it is about and
/// what to write; then a territory's programmes, the oldest checked first, with whom to ask.
#[component]
pub fn FileReport(
    /// Where it came from: « Le fichier du site data/roubaix.json », « Votre fichier roubaix.json ».
    name: String,
    /// Its date in French (the server's, or the file's on the computer), or ''.
    date: String,
    /// The check of the file as corrected so far.
    report: Signal<Report>,
) -> impl IntoView {
    let title = report_title(&name, &date);
    view! {
        <div class="file-report" data-testid="keepers-report">
            <h2>{title}</h2>
            {move || report.with(|r| r.kind.as_ref().map(file_name)).map(|file| view! { <p>{words::IT_IS} " " <code>{file}</code> "."</p> })}
            <p class="verdict" role="status" class:fine=move || report.with(Report::fine) data-testid="keepers-verdict">{move || report.with(verdict)}</p>
            {move || report.with(|report| (!report.findings.is_empty()).then(|| view! {
                <ol class="findings" data-testid="keepers-findings">
                    {report.findings.iter().map(|f| view! { <FindingItem finding=f.clone() /> }).collect_view()}
                </ol>
            }))}
            {move || report.with(|report| (!report.freshness.is_empty()).then(|| view! { <FreshnessTable programmes=report.freshness.clone() /> }))}
        </div>
    }
}

/// One problem: what it is about, its line, the field in plain words and what to write.
#[component]
fn FindingItem(finding: Finding) -> impl IntoView {
    let Finding { about, field, detail, line } = finding;
    view! {
        <li data-testid="keepers-finding">
            <p>
                <strong>{about}</strong>
                {line.map(at_line)}
            </p>
            <p>{what_to_write(field.label, field.advice)}</p>
            <p class="detail">{words::READ_AS} {detail}</p>
        </li>
    }
}

/// A territory's programmes, the oldest checked first: those checked more than a year ago say whom
/// to ask.
#[component]
fn FreshnessTable(programmes: Vec<Freshness>) -> impl IntoView {
    let stale = programmes.iter().filter(|p| p.stale).count();
    let summary = freshness_summary(stale);
    view! {
        <h3>{words::CHECKED_HEADING}</h3>
        <p data-testid="keepers-freshness-summary">{summary}</p>
        <div class="table-scroll">
            <table class="freshness" data-testid="keepers-freshness">
                <thead><tr><th scope="col">{words::PROGRAMME}</th><th scope="col">{words::CHECKED_HEADING}</th><th scope="col">{words::ASK}</th></tr></thead>
                <tbody>
                    {programmes.into_iter().map(|p| {
                        let href = if p.contact.contains('@') { format!("mailto:{}", p.contact) } else { p.contact.clone() };
                        view! {
                            <tr class:stale=p.stale>
                                <th scope="row">{p.association} <br /> <code>{p.id}</code></th>
                                <td>{p.checked}{p.stale.then_some(words::OVER_A_YEAR)}</td>
                                <td><a href=href dir="ltr">{p.contact}</a></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
