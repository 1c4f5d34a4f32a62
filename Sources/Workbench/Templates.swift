// The pages' templates (Mustache: `{{x}}` is HTML-escaped, so a value from a spreadsheet can never
// become markup) and the style sheet. Kept in code rather than resource files: one binary to copy.
// Every text is a `{{t.key}}` of the catalogue's `workbench.*` keys.

enum Templates {
    static let layout = """
    <!DOCTYPE html>
    <html lang="{{lang}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <title>{{title}} · {{t.app}}</title><link rel="stylesheet" href="/style.css"></head>
    <body><header><p class="app">{{t.app}}</p><nav>
    {{#nav}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/nav}}
    </nav></header>
    {{#notice}}<p class="notice {{kind}}" id="notice" role="status">{{text}}</p>{{/notice}}
    <main><h1>{{title}}</h1>{{{body}}}</main>
    <footer>{{t.footer}}</footer></body></html>
    """

    static let overview = """
    {{^hasStore}}<p class="empty">{{t.overview_no_store}}</p>{{/hasStore}}
    <form method="post" action="/importer" class="action">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit" id="import-button">{{t.overview_import_button}}</button>
    <span class="muted">{{t.overview_input_folder}} <code>{{inputFolder}}</code></span></form>
    {{#hasStore}}
    <ul class="figures"><li><strong id="persons-count">{{persons}}</strong> {{t.overview_persons}}</li>
    <li><strong id="files-count">{{fileCount}}</strong> {{t.overview_files}}</li>
    <li><strong id="findings-count">{{findingCount}}</strong> {{t.overview_findings}}</li></ul>
    <h2>{{t.overview_runs}}</h2>
    <table><thead><tr><th>{{t.run_id}}</th><th>{{t.run_started}}</th><th>{{t.run_files}}</th><th>{{t.run_changed}}</th><th>{{t.run_errors}}</th></tr></thead>
    <tbody>{{#runs}}<tr><td>{{runID}}</td><td>{{startedAt}}</td><td class="n">{{files}}</td><td class="n">{{changedFiles}}</td><td class="n">{{errorFindings}}</td></tr>{{/runs}}</tbody></table>
    <h2>{{t.overview_accounts}}</h2><p class="muted">{{t.overview_accounts_help}}</p>
    <table id="accounts"><thead><tr><th>{{t.file}}</th><th>{{t.site}}</th><th>{{t.rows_read}}</th><th>{{t.kept}}</th><th>{{t.duplicates}}</th><th>{{t.rejected}}</th><th>{{t.non_data}}</th><th>{{t.balance}}</th></tr></thead>
    <tbody>{{#files}}<tr><td>{{file}}</td><td>{{site}}</td><td class="n">{{rowsRead}}</td><td class="n">{{kept}}</td><td class="n">{{duplicates}}</td><td class="n">{{rejected}}</td><td class="n">{{nonData}}</td><td>{{#balanced}}✓{{/balanced}}{{^balanced}}<strong class="bad">✗</strong>{{/balanced}}</td></tr>{{/files}}</tbody></table>
    <h2>{{t.overview_coverage}}</h2>
    <table class="grid"><thead><tr><th>{{t.site}}</th>{{#months}}<th>{{.}}</th>{{/months}}</tr></thead>
    <tbody>{{#coverage}}<tr><th>{{site}}</th>{{#cells}}<td class="{{#present}}ok{{/present}}{{^present}}missing{{/present}}">{{#present}}✓{{/present}}{{^present}}{{t.missing}}{{/present}}</td>{{/cells}}</tr>{{/coverage}}</tbody></table>
    <h2>{{t.overview_findings_by}}</h2>
    <table id="finding-counts"><thead><tr><th>{{t.site}}</th><th>{{t.kind}}</th><th>{{t.severity}}</th><th>{{t.count}}</th></tr></thead>
    <tbody>{{#counts}}<tr><td>{{site}}</td><td><a href="{{href}}">{{kindLabel}}</a></td><td>{{severity}}</td><td class="n">{{count}}</td></tr>{{/counts}}</tbody></table>
    <h2>{{t.overview_events}}</h2><p class="muted">{{t.overview_events_help}}</p>
    {{^hasEvents}}<p class="empty">{{t.overview_events_none}}</p>{{/hasEvents}}
    {{#hasEvents}}<table id="run-events"><thead><tr><th>{{t.event_at}}</th><th>{{t.event_what}}</th><th>{{t.event_user}}</th></tr></thead>
    <tbody>{{#events}}<tr><td>{{at}}</td><td>{{kind}}</td><td>{{user}}</td></tr>{{/events}}</tbody></table>{{/hasEvents}}
    <h2>{{t.overview_downloads}}</h2><ul>{{#downloads}}<li><a href="{{href}}">{{name}}</a></li>{{/downloads}}</ul>
    {{/hasStore}}
    """

    static let findings = """
    <form method="get" action="/constats" class="filters">
    <label>{{t.site}} <select name="site"><option value="">{{t.all}}</option>{{#sites}}<option{{#selected}} selected{{/selected}}>{{value}}</option>{{/sites}}</select></label>
    <label>{{t.kind}} <select name="kind"><option value="">{{t.all}}</option>{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></label>
    <label>{{t.severity}} <select name="severity"><option value="">{{t.all}}</option>{{#severities}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/severities}}</select></label>
    <label>{{t.file}} <select name="file"><option value="">{{t.all}}</option>{{#filesOptions}}<option{{#selected}} selected{{/selected}}>{{value}}</option>{{/filesOptions}}</select></label>
    <button type="submit">{{t.filter}}</button></form>
    <form method="post" action="/identites" class="action">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="back" value="{{back}}">
    {{#identified}}<input type="hidden" name="show" value="0"><span class="warn">{{t.identities_shown}}</span> <button type="submit" id="identities-toggle">{{t.identities_hide}}</button>{{/identified}}
    {{^identified}}<input type="hidden" name="show" value="1"><span class="muted">{{t.identities_hidden}}</span> <button type="submit" id="identities-toggle">{{t.identities_show}}</button>{{/identified}}
    </form>
    <p id="shown-count">{{shownText}}</p>
    <table id="findings"><thead><tr><th>{{t.severity}}</th><th>{{t.place}}</th><th>{{t.field}}</th><th>{{t.value}}</th><th>{{t.what}}</th><th>{{t.todo}}</th></tr></thead>
    <tbody>{{#items}}<tr class="{{severityClass}}"><td>{{severity}}<br><small>{{kindLabel}}</small></td><td>{{site}}<br><code>{{place}}</code></td><td>{{field}}</td><td class="value">{{value}}</td><td>{{message}}</td><td>{{hint}}</td></tr>{{/items}}</tbody></table>
    """

    static let persons = """
    <p class="muted">{{t.persons_help}}</p>
    {{^pairs}}<p class="empty" id="no-pairs">{{t.persons_none}}</p>{{/pairs}}
    {{#pairs}}<section class="pair"><table><thead><tr><th></th><th>{{t.record_a}}</th><th>{{t.record_b}}</th></tr></thead><tbody>
    {{#rows}}<tr class="trait-{{trait}}{{#agree}} agree{{/agree}}"><th>{{label}}</th><td class="a">{{a}}</td><td class="b">{{b}}</td></tr>{{/rows}}</tbody></table>
    <p class="muted">{{message}}</p>
    <form method="post" action="/personnes/decision" class="decide">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="a" value="{{recordA}}"><input type="hidden" name="b" value="{{recordB}}">
    <button type="submit" name="decision" value="same" class="same-button">{{t.persons_same}}</button>
    <button type="submit" name="decision" value="never" class="never-button">{{t.persons_never}}</button>
    <button type="submit" name="decision" value="skip" class="skip-button">{{t.persons_skip}}</button></form></section>{{/pairs}}
    <form method="post" action="/importer" class="action"><input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit">{{t.overview_import_button}}</button></form>
    """

    static let style = """
    body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
    header{background:#1f3a5f;color:#fff;padding:.6em 1.5em;display:flex;gap:2em;align-items:center}
    header .app{font-weight:600;margin:0}nav a{color:#dfe8f5;margin-right:1.2em;text-decoration:none}
    nav a[aria-current]{color:#fff;border-bottom:2px solid #fff}
    main{padding:1em 1.5em;max-width:1220px}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}
    table{border-collapse:collapse;background:#fff;margin:.4em 0;font-size:.93em}
    th,td{border:1px solid #d5dae1;padding:.3em .55em;text-align:left;vertical-align:top}
    thead th{background:#eef1f5}td.n{text-align:right}.grid td{text-align:center}
    td.missing{background:#fde2e1;color:#8a1c12;font-weight:600}td.ok{color:#2a6b2a}
    .notice{padding:.6em 1em;border-radius:4px;background:#e3f1e3;border:1px solid #9cc99c}
    .notice.error{background:#fde2e1;border-color:#e3a09a}.bad,.warn{color:#8a1c12}
    .muted{color:#5b6573}.figures{display:flex;gap:2em;list-style:none;padding:0}.figures strong{font-size:1.6em}
    button{font:inherit;padding:.35em .9em;border:1px solid #1f3a5f;background:#1f3a5f;color:#fff;border-radius:4px;cursor:pointer}
    .skip-button,button.secondary{background:#fff;color:#1f3a5f}form.accept-rename,form.ignore-column,form.fix-cell{display:inline-block;margin:.15em .3em .15em 0}
    tr.covered td.verdict{color:#2a6b2a;font-weight:600}tr.uncovered td.verdict{color:#8a1c12;font-weight:600}.never-button{background:#7a2e2e;border-color:#7a2e2e}
    .filters label{margin-right:1em}form.action{margin:.8em 0}tr.error td:first-child{color:#8a1c12;font-weight:600}
    .pair{background:#fff;border:1px solid #d5dae1;padding:.6em 1em;margin:1em 0}tr.agree td{background:#eef7ee}
    pre.diff{background:#fff;border:1px solid #d5dae1;padding:.6em}.add{color:#1d6b1d}.del{color:#8a1c12}
    footer{padding:1em 1.5em;color:#5b6573;font-size:.85em}code{font-size:.92em}
    """
}

extension Templates {
    static let mappings = """
    {{#lastEdit}}<section id="last-edit"><h2>{{t.mappings_last_edit}}</h2>
    <pre class="diff">{{#diff}}<span class="{{#add}}add{{/add}}{{#del}}del{{/del}}">{{line}}</span>
    {{/diff}}</pre><p id="check">{{check}}</p>{{#copy}}<p class="muted">{{t.mappings_copy}} <code>{{copy}}</code></p>{{/copy}}
    {{#hasFiles}}<h3>{{t.check_title}}</h3><p class="muted">{{t.check_help}}</p>
    <table id="check-files"><thead><tr><th>{{t.file}}</th><th>{{t.check_head_verdict}}</th><th>{{t.check_head_columns}}</th><th>{{t.check_head_values}}</th><th>{{t.check_head_others}}</th></tr></thead>
    <tbody>{{#files}}<tr class="{{#ok}}covered{{/ok}}{{^ok}}uncovered{{/ok}}"><td>{{file}}</td><td class="verdict">{{verdict}}</td><td class="columns">{{columns}}</td><td>{{wordings}}</td><td>{{others}}</td></tr>{{/files}}</tbody></table>{{/hasFiles}}
    <form method="post" action="/importer" class="action"><input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit" id="reimport-button">{{t.overview_import_button}}</button></form></section>{{/lastEdit}}
    <h2>{{t.columns_title}}</h2><p class="muted">{{t.columns_help}}</p>
    {{^hasColumns}}<p class="empty" id="no-columns">{{t.columns_none}}</p>{{/hasColumns}}
    {{#hasColumns}}<table id="columns"><thead><tr><th>{{t.site}}</th><th>{{t.kind}}</th><th>{{t.columns_header}}</th><th>{{t.columns_field}}</th><th>{{t.count}}</th><th>{{t.first_cells}}</th><th>{{t.columns_action}}</th></tr></thead><tbody>
    {{#columns}}<tr class="{{kind}}"><td>{{site}}</td><td>{{kindLabel}}</td><td class="value">{{header}}</td><td>{{field}}</td><td class="n">{{count}}</td><td>{{places}}</td><td>
    {{#canRename}}<form method="post" action="/correspondances/renommer" class="accept-rename"><input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="site" value="{{site}}"><input type="hidden" name="kind" value="{{kind}}"><input type="hidden" name="field" value="{{field}}"><input type="hidden" name="header" value="{{header}}">
    <button type="submit">{{t.columns_rename}}</button></form>{{/canRename}}
    {{#canIgnore}}<form method="post" action="/correspondances/ignorer" class="ignore-column"><input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="site" value="{{site}}"><input type="hidden" name="kind" value="{{kind}}"><input type="hidden" name="field" value="{{field}}"><input type="hidden" name="header" value="{{header}}">
    <button type="submit" class="secondary">{{t.columns_ignore}}</button></form>{{/canIgnore}}
    <small class="muted">{{file}}</small></td></tr>{{/columns}}</tbody></table>{{/hasColumns}}
    <h2>{{t.mappings_values_title}}</h2><p class="muted">{{t.mappings_help}}</p>
    {{^identified}}<p class="warn">{{t.mappings_masked}}</p>{{/identified}}
    {{^fields}}<p class="empty" id="no-untranslated">{{t.mappings_none}}</p>{{/fields}}
    {{#fields}}<h3>{{field}}</h3><table class="untranslated"><thead><tr><th>{{t.site}}</th><th>{{t.wording}}</th><th>{{t.count}}</th><th>{{t.first_cells}}</th><th>{{t.mappings_choose}}</th></tr></thead><tbody>
    {{#items}}<tr><td>{{site}}</td><td class="value">{{value}}</td><td class="n">{{count}}</td><td>{{cells}}</td><td>
    {{#hasCodes}}<form method="post" action="/correspondances/ajout" class="add-wording"><input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="site" value="{{site}}"><input type="hidden" name="field" value="{{field}}"><input type="hidden" name="value" value="{{value}}">
    <select name="code">{{#codes}}<option value="{{value}}">{{label}}</option>{{/codes}}</select> <button type="submit">{{t.mappings_add}}</button>
    <small class="muted">{{place}}</small></form>
    <form method="post" action="/correspondances/cellule" class="fix-cell"><input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="site" value="{{site}}"><input type="hidden" name="field" value="{{field}}"><input type="hidden" name="value" value="{{value}}">
    <button type="submit" class="secondary">{{t.mappings_not_a_value}}</button></form>{{/hasCodes}}</td></tr>{{/items}}</tbody></table>{{/fields}}
    """

    static let indicators = """
    <form method="get" action="/indicateurs" class="filters">
    <label>{{t.indicators_split}} <select name="par"><option value="">{{t.indicators_year}}</option>
    <option value="quarter"{{#quarter}} selected{{/quarter}}>{{t.indicators_quarter}}</option>
    <option value="month"{{#month}} selected{{/month}}>{{t.indicators_month}}</option></select></label>
    <label><input type="checkbox" name="accepter" value="1"{{#accept}} checked{{/accept}}> {{t.indicators_accept}}</label>
    <button type="submit">{{t.filter}}</button></form>
    {{#refusal}}<p class="notice error" id="indicators-refusal">{{.}}</p>{{/refusal}}
    {{#tables}}<h2>{{period}}</h2><table class="indicators"><thead><tr><th>{{t.indicator}}</th>{{#scopes}}<th>{{.}}</th>{{/scopes}}</tr></thead>
    <tbody>{{#rows}}<tr><td>{{indicator}}</td>{{#cells}}<td class="n">{{.}}</td>{{/cells}}</tr>{{/rows}}</tbody></table>{{/tables}}
    <h2>{{t.overview_downloads}}</h2><ul>{{#downloads}}<li><a href="{{href}}">{{name}}</a></li>{{/downloads}}</ul>
    """
}
