// The report's one stylesheet, inline so the HTML stands alone: screen first, then print.

import Model

enum QualityStyle {
    // Site colours come from `SitePalette` (Model), shared with the indicators page.

    static let css = """
    :root { --ink: #1f2328; --muted: #5b636d; --line: #d8dde3; --soft: #f5f7f9; --accent: #0b5cad;
      --error: #b42318; --error-bg: #fdecea; --warning: #8a5300; --warning-bg: #fff4d6;
      --info: #1d5d99; --info-bg: #e7f0fa; --ok: #1a7f37; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff;
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
    main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 64px; }
    header.top { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 8px; }
    h1 { font-size: 26px; margin: 0 0 4px; }
    h2 { font-size: 20px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
    h3 { font-size: 16px; margin: 22px 0 8px; }
    p.lead, p.note { color: var(--muted); margin: 4px 0 10px; }
    .privacy { display: inline-block; margin-top: 6px; padding: 2px 10px; border-radius: 12px;
      font-size: 13px; background: var(--soft); border: 1px solid var(--line); }
    .privacy.identified { background: var(--error-bg); border-color: var(--error); color: var(--error); font-weight: 600; }
    nav.toc { display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 14px; margin: 10px 0 4px; }
    nav.toc a { color: var(--accent); text-decoration: none; }
    a { color: var(--accent); }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(128px, 1fr)); gap: 10px; margin: 16px 0; }
    .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; background: var(--soft); }
    .card .n { font-size: 24px; font-weight: 650; font-variant-numeric: tabular-nums; }
    .card .l { font-size: 13px; color: var(--muted); }
    .card.error { background: var(--error-bg); border-color: #f3b8b2; } .card.error .n { color: var(--error); }
    .card.warning { background: var(--warning-bg); border-color: #f1d48a; } .card.warning .n { color: var(--warning); }
    .card.info { background: var(--info-bg); border-color: #b9d3ee; } .card.info .n { color: var(--info); }
    table { border-collapse: collapse; font-size: 13.5px; margin: 6px 0 12px; }
    th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
    th { background: var(--soft); font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .wide { width: 100%; }
    .scroll { overflow-x: auto; }
    .badge { display: inline-block; min-width: 58px; text-align: center; font-size: 12px; font-weight: 600;
      border-radius: 10px; padding: 0 8px; margin-right: 6px; }
    .badge.error { background: var(--error-bg); color: var(--error); }
    .badge.warning { background: var(--warning-bg); color: var(--warning); }
    .badge.info { background: var(--info-bg); color: var(--info); }
    .ok { color: var(--ok); font-weight: 600; } .bad { color: var(--error); font-weight: 600; }
    details.kind { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; background: #fff; }
    details.kind > summary { cursor: pointer; padding: 6px 10px; list-style-position: inside; }
    details.kind > summary .count { font-weight: 650; font-variant-numeric: tabular-nums; }
    details.kind > summary code { color: var(--muted); font-size: 12px; margin-left: 6px; }
    details.kind[open] > summary { border-bottom: 1px solid var(--line); background: var(--soft); }
    details.kind > .body { padding: 4px 10px 8px; overflow-x: auto; }
    details.kind table { width: 100%; }
    td.where { white-space: nowrap; }
    td.value { font-family: ui-monospace, "DejaVu Sans Mono", monospace; min-width: 7.5em; overflow-wrap: anywhere; }
    td.hidden { color: var(--muted); font-style: italic; font-family: inherit; }
    td.hint { color: #2d3a46; }
    .grid td { text-align: center; min-width: 38px; font-variant-numeric: tabular-nums; }
    .grid td.missing { background: var(--error-bg); color: var(--error); font-weight: 700; }
    .grid td.empty { background: #fafafa; color: var(--muted); }
    .grid td.v1 { background: #e5f0f9; } .grid td.v2 { background: #c6ddf0; } .grid td.v3 { background: #9cc3e4; }
    .grid td.v4 { background: #6fa6d6; color: #fff; } .grid td.v5 { background: #3f86c4; color: #fff; }
    .heat td { text-align: right; min-width: 64px; font-variant-numeric: tabular-nums; }
    .heat td.h0 { background: #f7d4cf; } .heat td.h1 { background: #fbe3c4; } .heat td.h2 { background: #fdf1c7; }
    .heat td.h3 { background: #e3f1d4; } .heat td.h4 { background: #c7e6c3; } .heat td.h5 { background: #a4d6a7; }
    .heat td.na { background: #fafafa; color: var(--muted); text-align: center; }
    .legend { font-size: 12.5px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; }
    .legend .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px;
      margin-right: 4px; vertical-align: -1px; border: 1px solid rgba(0,0,0,.15); }
    svg.chart { max-width: 100%; height: auto; font-family: inherit; display: block; }
    .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 8px 22px; }
    figure.site { margin: 0; } figure.site figcaption { font-size: 13.5px; font-weight: 600; margin: 2px 0; }
    figure.site svg.chart { width: 100%; }
    footer { margin-top: 40px; color: var(--muted); font-size: 12.5px; border-top: 1px solid var(--line); padding-top: 8px; }
    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    @media print {
      @page { size: A4 landscape; margin: 12mm; }
      body { font-size: 10.5px; }
      main { max-width: none; padding: 0; }
      nav.toc { display: none; }
      h1 { font-size: 20px; } h2 { font-size: 15px; margin-top: 16px; } h3 { font-size: 12.5px; }
      table { font-size: 10px; } th, td { padding: 2px 5px; }
      .cards { grid-template-columns: repeat(8, 1fr); gap: 6px; } .card { padding: 5px 8px; } .card .n { font-size: 17px; }
      /* A title stays with what it introduces; a kind's summary with its table. */
      h1, h2, h3, p.note, p.lead, details.kind > summary { break-after: avoid; page-break-after: avoid; }
      h2, h3 { break-inside: avoid; }
      tr, .card, figure.site, .legend { break-inside: avoid; page-break-inside: avoid; }
      /* Totals once, at the end of their table, not repeated at the foot of every page. */
      tfoot { display: table-row-group; }
      details.kind table, table.wide { width: 100%; }
      .multiples { grid-template-columns: repeat(4, 1fr); gap: 4px 14px; }
      .scroll { overflow: visible; }
      details.kind > summary { list-style: none; }
      details.kind::details-content { content-visibility: visible; display: block; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
