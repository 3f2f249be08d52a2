import { startPopup } from '../../popup/popup';

void startPopup();
