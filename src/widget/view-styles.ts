// Styles of the views, shared by the widget's shadow root and the demo pages (/views.css).
// Colours keep a 4.5:1 contrast on white; focus is always visible.
export const viewCss = `
.view svg{max-width:100%;height:auto;font-size:13px;font-family:inherit}
.graph-wrap{overflow-x:auto}
.node rect{fill:#fff;stroke:#8c959f}
.node text{fill:#1f2328}
.node.entity rect{fill:#0b5cad;stroke:#0b5cad}.node.entity text{fill:#fff;font-weight:600}
.node.prog rect{fill:#eef4fb}.node.aff rect{fill:#f6f8fa}.node.alias rect{stroke-dasharray:4 3}
.node.tier-nominee rect{fill:#fff8e1}
.edge{fill:none;stroke:#8c959f}
.chart .axis{stroke:#59636e}.chart .tick,.chart .goal-label,.chart .none{fill:#59636e;font-size:11px}
.chart .goal{stroke:#0b5cad;stroke-dasharray:6 4;stroke-width:2}.chart .deadline{stroke:#9a6700;stroke-dasharray:2 3}
.chart .obs circle{fill:#1a7f37}.chart .obs text{fill:#1f2328;font-size:11px}.chart .obs-line{fill:none;stroke:#1a7f37;stroke-width:2}
.badge{display:inline-block;font-size:.8em;padding:0 8px;border-radius:999px;color:#fff;background:#59636e;vertical-align:.1em}
.badge.met{background:#1a7f37}.badge.missed{background:#cf222e}.badge.not_yet_due{background:#8a5c00}
.view table{border-collapse:collapse;width:100%}
.view th,.view td{border-bottom:1px solid #d1d9e0;padding:6px 8px;text-align:left;vertical-align:top}
.view caption{text-align:left;font-weight:600;padding:4px 0}
.names{list-style:none;margin:0;padding:0}.src{margin-left:4px}
.meta{color:#59636e}
.doc-text{white-space:pre-wrap;background:#fff;border:1px solid #d1d9e0;border-radius:8px;padding:12px 14px;max-height:70vh;overflow:auto}
.doc-text mark{background:#fff3b0;outline:2px solid #9a6700;scroll-margin:40vh}
.facts .current{font-weight:600}
.targets{list-style:none;padding:0}.target{border-top:1px solid #d1d9e0;padding:8px 0}
.view a{color:#0b5cad}
`;
