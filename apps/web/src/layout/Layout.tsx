import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, useLocaleState } from 'react-admin';

/** Keeps <html lang> in step with the locale switcher, so screen readers pronounce the right language. */
const DocumentLanguage = () => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout>
    <DocumentLanguage />
    {children}
  </RaLayout>
);
