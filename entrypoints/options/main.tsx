import { render } from 'preact';
import { OptionsPage } from '@/components/settings/OptionsPage';
import { t } from '@/lib/i18n';
import '@/components/briefing/briefing.css';

document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
