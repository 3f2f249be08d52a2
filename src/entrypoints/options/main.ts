import { startOptions } from '../../options/options';

void startOptions();
