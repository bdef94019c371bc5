#include "CZoneBoundaries.h"
const unsigned long runramp_zone_boundaries_size = 15UL;
const unsigned char runramp_zone_boundaries[] = {82,82,84,90,1,16,39,0,0,0,0,0,0,0,0};
