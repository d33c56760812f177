// The shadow root's only stylesheet. Themeable from the host page with --qkg-* custom properties
// (they inherit through the shadow boundary) and ::part(...) for anything deeper.
import { viewCss } from "./view-styles.js";

export const css = `
:host{display:block;position:relative;font-family:var(--qkg-font,system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif);font-size:var(--qkg-font-size,16px);line-height:1.55;color:var(--qkg-fg,#1f2328);--_bg:var(--qkg-bg,#fff);--_accent:var(--qkg-accent,#0b5cad);--_muted:var(--qkg-muted,#59636e);--_border:var(--qkg-border,#d1d9e0);--_radius:var(--qkg-radius,8px);--_focus:var(--qkg-focus,#0969da)}
:host([hidden]){display:none}
*{box-sizing:border-box}
.root{background:var(--_bg);border:1px solid var(--_border);border-radius:var(--_radius);padding:16px}
label{display:block;font-weight:600;margin-bottom:6px}
.row{display:flex;gap:8px}
input{flex:1;min-width:0;font:inherit;color:inherit;background:var(--_bg);border:1px solid var(--_border);border-radius:var(--_radius);padding:8px 12px}
button{font:inherit;cursor:pointer;border-radius:var(--_radius)}
button[type=submit]{background:var(--_accent);color:var(--qkg-accent-fg,#fff);border:1px solid var(--_accent);padding:8px 18px;font-weight:600}
input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
.chips{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin-top:10px}
.chips[hidden],.more[hidden],.error[hidden]{display:none}
.chips-label{color:var(--_muted);font-size:.875em;margin-right:2px}
.chip{background:var(--qkg-chip-bg,#eef4fb);color:var(--qkg-chip-fg,var(--_accent));border:1px solid transparent;padding:3px 12px;font-size:.875em;border-radius:var(--qkg-chip-radius,999px);text-align:left}
.chip:hover{border-color:var(--_accent)}
.status{margin:12px 0 0;color:var(--_muted)}
.status:empty{margin:0}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.status.busy::before{content:"";display:inline-block;width:.8em;height:.8em;margin-right:.5em;border:2px solid var(--_border);border-top-color:var(--_accent);border-radius:50%;vertical-align:-.1em;animation:spin .8s linear infinite}
@keyframes spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.status.busy::before{animation:none}}
.error{margin-top:12px;padding:10px 12px;border-radius:var(--_radius);background:var(--qkg-error-bg,#fff1f0);color:var(--qkg-error,#a40e26);border:1px solid currentColor}
.error p{margin:0 0 6px}
.error .code{font-size:.8em;opacity:.8}
.error button{background:transparent;color:inherit;border:1px solid currentColor;padding:2px 12px}
.interpretation{margin:12px 0 0;color:var(--_muted);font-size:.9em}
.answer{margin:6px 0;font-size:1.4em;font-weight:700;color:var(--_accent)}
.empty{margin:8px 0}
.hint{margin:6px 0 0;color:var(--_muted);font-size:.875em}
ol{list-style:none;margin:8px 0 0;padding:0;display:grid;gap:10px}
.item{border-top:1px solid var(--_border);padding-top:10px}
.item-head{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:baseline}
.meta{color:var(--_muted);font-size:.85em}
.note{margin:4px 0 0;font-size:.9em}
.evidence{margin:6px 0 0;padding:6px 10px;border-left:3px solid var(--_border);background:var(--qkg-evidence-bg,#f6f8fa);border-radius:0 var(--_radius) var(--_radius) 0}
blockquote{margin:0}
.evidence-title{color:var(--_muted);font-size:.8em;margin-top:2px}
cite{font-style:normal}
mark{background:var(--qkg-mark-bg,#fff3b0);color:inherit;padding:0 1px;border-radius:2px}
.more{margin-top:10px;background:transparent;border:1px solid var(--_border);color:var(--_accent);padding:4px 14px}
.entity-box{margin-top:8px}
.entity-box[hidden]{display:none}
${viewCss}`;
