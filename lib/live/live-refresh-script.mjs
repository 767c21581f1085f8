// Plain JavaScript: the production server (lib/server/without-client-runtime.mjs), which runs outside
// Next.js's bundler, checks pages against this script's hash; the live page (bundled) renders it.
import { createHash } from 'node:crypto';

/**
 * The one script any page of the site may run: on a live story's own URL, it looks for new updates
 * every 30 s while the tab is visible (none in a background tab; at once on coming back after 30 s
 * away; never with the browser's data saver on) and, when there are, says so in the page's polite
 * live region with a link that reloads the page. It never inserts updates, so nothing moves under
 * the reader: no scroll jump, no focus change, no animation (prefers-reduced-motion has nothing to
 * stop). It asks with `no-cache`, so an unchanged page costs a 304. Readers without JavaScript have
 * the same link, "Show latest updates", in the HTML. Kept under 2 KB gzipped (a unit test checks).
 */
export const LIVE_REFRESH_SCRIPT = `(()=>{
const list=document.querySelector(".live-update-list"),notice=document.querySelector("[data-live-notice]");
if(!list||!notice||!window.fetch||(navigator.connection&&navigator.connection.saveData))return;
const seen=new Set(Array.from(list.querySelectorAll("article[id]"),a=>a.id)),every=30000;
let last=Date.now(),busy=false,shown=0;
async function look(){
if(document.hidden||busy)return;busy=true;last=Date.now();
try{
const r=await fetch(location.pathname,{cache:"no-cache",headers:{accept:"text/html"}});
if(!r.ok)return;
const ids=Array.from((await r.text()).matchAll(/<article class="live-update" id="(update-[^"]+)"/g),m=>m[1]);
const count=ids.filter(id=>!seen.has(id)).length;
if(count===0||count===shown)return;shown=count;
const link=document.createElement("a");link.href=location.pathname;
link.textContent="Show "+(count===1?"1 new update":count+" new updates");
notice.replaceChildren(count===1?"There is a new update. ":"There are "+count+" new updates. ",link);
}catch(e){}finally{busy=false}}
setInterval(()=>{if(Date.now()-last>=every)look()},5000);
document.addEventListener("visibilitychange",()=>{if(!document.hidden&&Date.now()-last>=every)look()});
})();`;

/** The script's hash as a Content-Security-Policy source: the live page's policy allows it alone. */
export const LIVE_REFRESH_HASH = `'sha256-${createHash('sha256').update(LIVE_REFRESH_SCRIPT).digest('base64')}'`;
