interface Props {
  title: string;
  /** The section or kind of page, shown above the title. */
  kicker: string;
  siteName: string;
}

/** The 1200×630 social card drawn by next/og: kicker, title and site name on the house colours. */
export function SocialCard({ title, kicker, siteName }: Props) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#111418',
        color: '#ffffff',
        fontFamily: 'Source Serif',
      }}
    >
      <div
        style={{
          display: 'flex',
          fontSize: 34,
          color: '#ff8a9b',
          textTransform: 'uppercase',
          letterSpacing: 3,
        }}
      >
        {kicker}
      </div>
      <div style={{ display: 'flex', fontSize: title.length > 80 ? 58 : 72, lineHeight: 1.1 }}>{title}</div>
      <div style={{ display: 'flex', fontSize: 32, borderTop: '4px solid #ffffff', paddingTop: 24 }}>
        {siteName}
      </div>
    </div>
  );
}
