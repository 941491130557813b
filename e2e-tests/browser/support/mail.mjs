// The development mail server's API (GreenMail): the mails sent to an address, and the link in one.
import { eventually, MAIL_API } from "./browser.mjs";

/** Decodes quoted-printable text: soft line breaks and =XX bytes. */
export function decodeQuotedPrintable(text) {
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

async function mails(address) {
  const response = await fetch(`${MAIL_API}/user/${encodeURIComponent(address)}/messages/`);
  if (response.status === 404) {
    return [];
  }
  return response.json();
}

/** Waits for the mail whose subject contains `subject`, and returns the first Keycloak link in it. */
export async function awaitLink(address, subject) {
  return eventually(
    async () => {
      const mail = (await mails(address)).find((message) => message.subject.includes(subject));
      if (!mail) {
        return undefined;
      }
      const text = decodeQuotedPrintable(mail.mimeMessage);
      return text.match(/https?:\/\/[^\s"<>]+/)?.[0]?.replace(/&amp;/g, "&");
    },
    { what: `a mail '${subject}' to ${address}` },
  );
}
