import type { Page } from "@playwright/test";

/** Records CSP (and Permissions-Policy) complaints from the console and from violation events. */
export function watchPolicyComplaints(page: Page): string[] {
  const complaints: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Permissions-Policy|securitypolicyviolation/i.test(message.text()))
      complaints.push(`${page.url()}: ${message.text()}`);
  });
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `securitypolicyviolation: ${event.violatedDirective} refused ${event.blockedURI || "inline"} (${event.sample})`,
      );
    });
  });
  return complaints;
}
