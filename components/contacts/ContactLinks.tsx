/** A partner contact's e-mail (when the fiche gives one) and vCard download, `vcardLabel` naming whose it is for screen readers. */
export function ContactLinks({ id, email, vcardLabel }: { id: number; email: string | null; vcardLabel: string }) {
  return (
    <>
      {email && (
        <>
          <a href={`mailto:${email}`} className="break-all">
            {email}
          </a>
          {" · "}
        </>
      )}
      <a href={`/api/contacts/vcard/partner-${id}`} download>
        vCard<span className="sr-only">{vcardLabel}</span>
      </a>
    </>
  );
}
