use leptos::prelude::*;

use domain::keepers::audience::{band_words, WhoSees};
use domain::keepers::words;

/// Who will see a programme, as corrected against as opened: a table a way to meet, one row a
/// stage, the ages as columns, the cells that change marked, and the change in sentences.
#[component]
pub fn WhoSeesTable(who: WhoSees) -> impl IntoView {
    let WhoSees { bands, tables, changes } = who;
    let summary = if changes.is_empty() {
        view! { <p data-testid="keepers-who-changes">{words::NO_CHANGE}</p> }.into_any()
    } else {
        view! {
            <ul data-testid="keepers-who-changes">
                {changes.into_iter().map(|c| view! { <li>{words::THIS_PROGRAMME}{c}"."</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <h3>{words::WHO_SEES}</h3>
        <p>{words::WHO_SEES_INTRO}</p>
        {summary}
        {tables.into_iter().map(|table| {
            let heads = bands.iter().map(|b| view! { <th scope="col">{band_words(*b)}</th> }).collect_view();
            view! {
                <div class="table-scroll">
                    <table class="who-sees" data-testid="keepers-who-sees" data-modality=table.modality.id()>
                        <caption>{table.modality.words()}</caption>
                        <thead><tr><td></td>{heads}</tr></thead>
                        <tbody>
                            {table.rows.into_iter().map(|row| view! {
                                <tr>
                                    <th scope="row">{row.stage.short()}</th>
                                    {row.cells.into_iter().map(|cell| view! {
                                        <td class:changed=cell.changed() class:shown=cell.shown_after()>{cell.words()}</td>
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
        }).collect_view()}
    }
}
