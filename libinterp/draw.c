/*
 * The built-in module $Draw for Ember, which has no graphics
 * (builtins-more.md §3). The whole interface is registered with its
 * signatures, so that a program importing Draw (for its types, or
 * loading it with an empty list, as diff does) loads and links.
 *
 * What works: the arithmetic that needs no display, Point and Rect
 * (as in libdraw), Chans (channel descriptors and their text),
 * setalpha and bytesperline. Display.allocate returns nil with the
 * error string "no display", as Inferno's does when it cannot open
 * one; since no Display, Image, Screen or Font can then exist, every
 * function on them raises: "dereference of nil" when called on nil
 * (as Inferno), else "Draw->NAME: no display". icossin, icossin2 and
 * Image.arrow (libdraw tables and encodings not reproduced here) raise
 * "Draw->NAME not implemented".
 */
#include "all.h"
#include "interp.h"

#define ARG(fp, o)	((uchar*)(fp) + (o))
#define RES(fp)		((uchar*)D2P(((Frame*)(fp))->ret))

static char exBaddepth[] = "bytesperline: bad depth";

typedef struct Point Point;
typedef struct Rect Rect;
struct Point {
	s32int	x;
	s32int	y;
};
struct Rect {
	Point	min;
	Point	max;
};

static Point
getpt(void *fp, int o)
{
	Point p;

	p.x = W(ARG(fp, o));
	p.y = W(ARG(fp, o+4));
	return p;
}

static Rect
getrect(void *fp, int o)
{
	Rect r;

	r.min = getpt(fp, o);
	r.max = getpt(fp, o+8);
	return r;
}

static void
putpt(uchar *d, Point p)
{
	W(d) = p.x;
	W(d+4) = p.y;
}

static void
putrect(uchar *d, Rect r)
{
	putpt(d, r.min);
	putpt(d+8, r.max);
}

static Point
pt(s32int x, s32int y)
{
	Point p;

	p.x = x;
	p.y = y;
	return p;
}

/* Dis int arithmetic wraps; C's signed overflow must not happen */
#define ADD(a, b)	((s32int)((u32int)(a) + (u32int)(b)))
#define SUB(a, b)	((s32int)((u32int)(a) - (u32int)(b)))

static int
ptinrect(Point p, Rect r)
{
	return p.x >= r.min.x && p.x < r.max.x && p.y >= r.min.y && p.y < r.max.y;
}

static int
rectXrect(Rect r, Rect s)
{
	return r.min.x < s.max.x && s.min.x < r.max.x && r.min.y < s.max.y && s.min.y < r.max.y;
}

static void drawPointadd(void *fp) { Point p = getpt(fp, 32), q = getpt(fp, 40); putpt(RES(fp), pt(ADD(p.x, q.x), ADD(p.y, q.y))); }
static void drawPointsub(void *fp) { Point p = getpt(fp, 32), q = getpt(fp, 40); putpt(RES(fp), pt(SUB(p.x, q.x), SUB(p.y, q.y))); }
static void drawPointeq(void *fp) { Point p = getpt(fp, 32), q = getpt(fp, 40); W(RES(fp)) = p.x == q.x && p.y == q.y; }
static void drawPointin(void *fp) { W(RES(fp)) = ptinrect(getpt(fp, 32), getrect(fp, 40)); }

static void
drawPointmul(void *fp)
{
	Point p;
	s32int i;

	p = getpt(fp, 32);
	i = W(ARG(fp, 40));
	putpt(RES(fp), pt((s32int)((u32int)p.x * (u32int)i), (s32int)((u32int)p.y * (u32int)i)));
}

static s32int
idiv(s32int a, s32int b)
{
	if(b == 0)
		error(exZdiv);
	if(b == -1)
		return SUB(0, a);	/* INT_MIN / -1 wraps */
	return a / b;
}

static void
drawPointdiv(void *fp)
{
	Point p;
	s32int i;

	p = getpt(fp, 32);
	i = W(ARG(fp, 40));
	putpt(RES(fp), pt(idiv(p.x, i), idiv(p.y, i)));
}

static void drawRectdx(void *fp) { Rect r = getrect(fp, 32); W(RES(fp)) = SUB(r.max.x, r.min.x); }
static void drawRectdy(void *fp) { Rect r = getrect(fp, 32); W(RES(fp)) = SUB(r.max.y, r.min.y); }
static void drawRectsize(void *fp) { Rect r = getrect(fp, 32); putpt(RES(fp), pt(SUB(r.max.x, r.min.x), SUB(r.max.y, r.min.y))); }
static void drawRectcontains(void *fp) { W(RES(fp)) = ptinrect(getpt(fp, 48), getrect(fp, 32)); }
static void drawRectXrect(void *fp) { W(RES(fp)) = rectXrect(getrect(fp, 32), getrect(fp, 48)); }

static void
drawRecteq(void *fp)
{
	Rect r, s;

	r = getrect(fp, 32);
	s = getrect(fp, 48);
	W(RES(fp)) = r.min.x == s.min.x && r.min.y == s.min.y && r.max.x == s.max.x && r.max.y == s.max.y;
}

/* r lies within s */
static void
drawRectinrect(void *fp)
{
	Rect r, s;

	r = getrect(fp, 32);
	s = getrect(fp, 48);
	W(RES(fp)) = s.min.x <= r.min.x && r.max.x <= s.max.x && s.min.y <= r.min.y && r.max.y <= s.max.y;
}

static void
drawRectcanon(void *fp)
{
	Rect r, c;

	r = getrect(fp, 32);
	c.min = pt(r.min.x < r.max.x ? r.min.x : r.max.x, r.min.y < r.max.y ? r.min.y : r.max.y);
	c.max = pt(r.min.x < r.max.x ? r.max.x : r.min.x, r.min.y < r.max.y ? r.max.y : r.min.y);
	putrect(RES(fp), c);
}

/* (r clipped to s, 1), or (r, 0) if they do not overlap */
static void
drawRectclip(void *fp)
{
	Rect r, s;
	uchar *d;
	int ok;

	r = getrect(fp, 32);
	s = getrect(fp, 48);
	ok = rectXrect(r, s);
	if(ok){
		if(r.min.x < s.min.x)
			r.min.x = s.min.x;
		if(r.min.y < s.min.y)
			r.min.y = s.min.y;
		if(r.max.x > s.max.x)
			r.max.x = s.max.x;
		if(r.max.y > s.max.y)
			r.max.y = s.max.y;
	}
	d = RES(fp);
	putrect(d, r);
	W(d + 16) = ok;
}

/* the smallest rectangle holding both */
static void
drawRectcombine(void *fp)
{
	Rect r, s;

	r = getrect(fp, 32);
	s = getrect(fp, 48);
	if(s.min.x < r.min.x)
		r.min.x = s.min.x;
	if(s.min.y < r.min.y)
		r.min.y = s.min.y;
	if(s.max.x > r.max.x)
		r.max.x = s.max.x;
	if(s.max.y > r.max.y)
		r.max.y = s.max.y;
	putrect(RES(fp), r);
}

static void
drawRectaddpt(void *fp)
{
	Rect r;
	Point p;

	r = getrect(fp, 32);
	p = getpt(fp, 48);
	r.min = pt(ADD(r.min.x, p.x), ADD(r.min.y, p.y));
	r.max = pt(ADD(r.max.x, p.x), ADD(r.max.y, p.y));
	putrect(RES(fp), r);
}

static void
drawRectsubpt(void *fp)
{
	Rect r;
	Point p;

	r = getrect(fp, 32);
	p = getpt(fp, 48);
	r.min = pt(SUB(r.min.x, p.x), SUB(r.min.y, p.y));
	r.max = pt(SUB(r.max.x, p.x), SUB(r.max.y, p.y));
	putrect(RES(fp), r);
}

static void
drawRectinset(void *fp)
{
	Rect r;
	s32int n;

	r = getrect(fp, 32);
	n = W(ARG(fp, 48));
	r.min = pt(ADD(r.min.x, n), ADD(r.min.y, n));
	r.max = pt(SUB(r.max.x, n), SUB(r.max.y, n));
	putrect(RES(fp), r);
}

/*
 * Channel descriptors: up to four 8-bit channels, the first in the
 * most significant used byte, each type<<4 | bits; as text, a letter
 * of "rgbkamx" (red, green, blue, grey, alpha, map, ignore) and the
 * bit count per channel, e.g. "r8g8b8". The total depth must divide 8
 * or be a multiple of it.
 */
static char channames[] = "rgbkamx";

static int
validdepth(int d)
{
	return d != 0 && !(d > 8 && d % 8 != 0) && !(d < 8 && 8 % d != 0);
}

static int
chandepth(u32int c)
{
	int d;

	d = 0;
	for(; c != 0; c >>= 8){
		if(((c >> 4) & 15) >= sizeof channames - 1)
			return 0;
		d += c & 15;
	}
	return validdepth(d) ? d : 0;
}

static void drawChansdepth(void *fp) { W(RES(fp)) = chandepth(UW(ARG(fp, 32))); }
static void drawChanseq(void *fp) { W(RES(fp)) = W(ARG(fp, 32)) == W(ARG(fp, 36)); }

static void
drawChansmk(void *fp)
{
	char buf[64], *p, *q;
	u32int c;
	int d, n;

	W(RES(fp)) = 0;
	if(string2utf(P(ARG(fp, 32)), buf, sizeof buf) < 0)
		return;
	p = buf;
	while(*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	c = 0;
	d = 0;
	for(n = 0; *p != 0 && *p != ' ' && *p != '\t' && *p != '\n'; n++, p += 2){
		q = strchr(channames, p[0]);
		if(p[0] == 0 || q == nil || n == 4 || p[1] < '0' || p[1] > '9')
			return;
		d += p[1] - '0';
		c = c << 8 | (u32int)(q - channames) << 4 | (p[1] - '0');
	}
	while(*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	if(*p != 0 || !validdepth(d))
		return;
	W(RES(fp)) = c;
}

static void
drawChanstext(void *fp)
{
	char buf[16], *p;
	u32int c;
	Dptr *r, o, s;
	int sh;

	c = UW(ARG(fp, 32));
	s = H;
	if(chandepth(c) != 0){
		p = buf;
		for(sh = 24; sh >= 0; sh -= 8){
			if(((c >> sh) & 0xFF) == 0)
				continue;
			*p++ = channames[(c >> (sh + 4)) & 15];
			*p++ = '0' + ((c >> sh) & 15);
		}
		s = c2string(buf, p - buf);
	}
	r = (Dptr*)RES(fp);
	o = *r;
	*r = s;
	destroy(o);
}

/* 0xRRGGBBAA with its colour premultiplied by the new alpha */
static void
drawsetalpha(void *fp)
{
	u32int c, a, r, g, b;

	c = UW(ARG(fp, 32));
	a = UW(ARG(fp, 36)) & 0xFF;
	r = ((c >> 24) & 0xFF) * a / 255;
	g = ((c >> 16) & 0xFF) * a / 255;
	b = ((c >> 8) & 0xFF) * a / 255;
	W(RES(fp)) = r << 24 | g << 16 | b << 8 | a;
}

/* bytes of a row of r at depth d bits per pixel, in whole bytes from the byte holding min.x */
static void
drawbytesperline(void *fp)
{
	Rect r;
	s32int d;
	vlong l;

	r = getrect(fp, 32);
	d = W(ARG(fp, 48));
	if(d <= 0 || d > 32)
		error(exBaddepth);
	if(r.min.x >= 0){
		l = ((vlong)r.max.x*d + 7) / 8;
		l -= (vlong)r.min.x*d / 8;
	}else{
		l = (-(vlong)r.min.x*d + 7) / 8;
		l += ((vlong)r.max.x*d + 7) / 8;
	}
	W(RES(fp)) = l;
}

/* Display.allocate(dev): there is no display to open */
static void
drawDisplayallocate(void *fp)
{
	Dptr *r, o;

	r = (Dptr*)RES(fp);
	o = *r;
	*r = H;
	destroy(o);
	kwerrstr("no display");
}

/* f(self: ref T, ...): a nil self is Inferno's nil dereference; no other object can exist */
#define NODISPLAY(fn, name, self)\
	static void fn(void *fp){ if(self && P(ARG(fp, 32)) == H) error(exNilref); errorf("Draw->%s: no display", name); }
#define NOTIMPL(fn, name)\
	static void fn(void *fp){ USED(fp); errorf("Draw->%s not implemented", name); }

/* the functions that need a display */
NODISPLAY(drawScreenallocate, "Screen.allocate", 1)
NODISPLAY(drawImagearc, "Image.arc", 1)
NODISPLAY(drawImagearcop, "Image.arcop", 1)
NODISPLAY(drawFontbbox, "Font.bbox", 1)
NODISPLAY(drawImagebezier, "Image.bezier", 1)
NODISPLAY(drawImagebezierop, "Image.bezierop", 1)
NODISPLAY(drawImagebezspline, "Image.bezspline", 1)
NODISPLAY(drawImagebezsplineop, "Image.bezsplineop", 1)
NODISPLAY(drawImageborder, "Image.border", 1)
NODISPLAY(drawImagebottom, "Image.bottom", 1)
NODISPLAY(drawScreenbottom, "Screen.bottom", 1)
NODISPLAY(drawFontbuild, "Font.build", 1)
NODISPLAY(drawDisplaycmap2rgb, "Display.cmap2rgb", 1)
NODISPLAY(drawDisplaycmap2rgba, "Display.cmap2rgba", 1)
NODISPLAY(drawDisplaycolor, "Display.color", 1)
NODISPLAY(drawDisplaycolormix, "Display.colormix", 1)
NODISPLAY(drawImagedraw, "Image.draw", 1)
NODISPLAY(drawImagedrawop, "Image.drawop", 1)
NODISPLAY(drawImageellipse, "Image.ellipse", 1)
NODISPLAY(drawImageellipseop, "Image.ellipseop", 1)
NODISPLAY(drawImagefillarc, "Image.fillarc", 1)
NODISPLAY(drawImagefillarcop, "Image.fillarcop", 1)
NODISPLAY(drawImagefillbezier, "Image.fillbezier", 1)
NODISPLAY(drawImagefillbezierop, "Image.fillbezierop", 1)
NODISPLAY(drawImagefillbezspline, "Image.fillbezspline", 1)
NODISPLAY(drawImagefillbezsplineop, "Image.fillbezsplineop", 1)
NODISPLAY(drawImagefillellipse, "Image.fillellipse", 1)
NODISPLAY(drawImagefillellipseop, "Image.fillellipseop", 1)
NODISPLAY(drawImagefillpoly, "Image.fillpoly", 1)
NODISPLAY(drawImagefillpolyop, "Image.fillpolyop", 1)
NODISPLAY(drawImageflush, "Image.flush", 1)
NODISPLAY(drawImagegendraw, "Image.gendraw", 1)
NODISPLAY(drawImagegendrawop, "Image.gendrawop", 1)
NODISPLAY(drawDisplaygetwindow, "Display.getwindow", 1)
NODISPLAY(drawImageline, "Image.line", 1)
NODISPLAY(drawImagelineop, "Image.lineop", 1)
NODISPLAY(drawImagename, "Image.name", 1)
NODISPLAY(drawDisplaynamedimage, "Display.namedimage", 1)
NODISPLAY(drawDisplaynewimage, "Display.newimage", 1)
NODISPLAY(drawScreennewwindow, "Screen.newwindow", 1)
NODISPLAY(drawDisplayopen, "Display.open", 1)
NODISPLAY(drawFontopen, "Font.open", 1)
NODISPLAY(drawImageorigin, "Image.origin", 1)
NODISPLAY(drawImagepoly, "Image.poly", 1)
NODISPLAY(drawImagepolyop, "Image.polyop", 1)
NODISPLAY(drawDisplaypublicscreen, "Display.publicscreen", 1)
NODISPLAY(drawDisplayreadimage, "Display.readimage", 1)
NODISPLAY(drawImagereadpixels, "Image.readpixels", 1)
NODISPLAY(drawDisplayrgb, "Display.rgb", 1)
NODISPLAY(drawDisplayrgb2cmap, "Display.rgb2cmap", 1)
NODISPLAY(drawDisplaystartrefresh, "Display.startrefresh", 1)
NODISPLAY(drawImagetext, "Image.text", 1)
NODISPLAY(drawImagetextbg, "Image.textbg", 1)
NODISPLAY(drawImagetextbgop, "Image.textbgop", 1)
NODISPLAY(drawImagetextop, "Image.textop", 1)
NODISPLAY(drawImagetop, "Image.top", 1)
NODISPLAY(drawScreentop, "Screen.top", 1)
NODISPLAY(drawFontwidth, "Font.width", 1)
NODISPLAY(drawDisplaywriteimage, "Display.writeimage", 1)
NODISPLAY(drawImagewritepixels, "Image.writepixels", 1)

/* not implemented */
NOTIMPL(drawImagearrow, "Image.arrow")
NOTIMPL(drawicossin, "icossin")
NOTIMPL(drawicossin2, "icossin2")

/* builtins-more.md §3.3, in the runtime table's order */
static const Runtab drawtab[] = {
	{"Rect.Xrect", 0xd1fbcdc0, drawRectXrect, 64, 0, {0}},
	{"Point.add", 0x095a87a7, drawPointadd, 48, 0, {0}},
	{"Rect.addpt", 0xbcba91ad, drawRectaddpt, 56, 0, {0}},
	{"Display.allocate", 0x74694470, drawDisplayallocate, 40, 2, {0x00, 0x80}},
	{"Screen.allocate", 0x1e813b8a, drawScreenallocate, 48, 2, {0x00, 0xc0}},
	{"Image.arc", 0x1685a04e, drawImagearc, 80, 2, {0x00, 0x82}},
	{"Image.arcop", 0x8521de24, drawImagearcop, 80, 2, {0x00, 0x82}},
	{"Image.arrow", 0x7b3fc6d3, drawImagearrow, 48, 0, {0}},
	{"Font.bbox", 0x541e2d08, drawFontbbox, 40, 2, {0x00, 0xc0}},
	{"Image.bezier", 0x5baca124, drawImagebezier, 96, 3, {0x00, 0x80, 0x08}},
	{"Image.bezierop", 0xae13ba0e, drawImagebezierop, 96, 3, {0x00, 0x80, 0x08}},
	{"Image.bezspline", 0x70f06194, drawImagebezspline, 64, 2, {0x00, 0xc4}},
	{"Image.bezsplineop", 0x94b3bea1, drawImagebezsplineop, 72, 2, {0x00, 0xc4}},
	{"Image.border", 0x59381f67, drawImageborder, 72, 2, {0x00, 0x82}},
	{"Image.bottom", 0x642fa8b1, drawImagebottom, 40, 2, {0x00, 0x80}},
	{"Screen.bottom", 0xe2817b5f, drawScreenbottom, 40, 2, {0x00, 0xc0}},
	{"Font.build", 0x7fddba2c, drawFontbuild, 48, 2, {0x00, 0xe0}},
	{"bytesperline", 0xab1724b2, drawbytesperline, 56, 0, {0}},
	{"Rect.canon", 0xe969971c, drawRectcanon, 48, 0, {0}},
	{"Rect.clip", 0x1ad68a89, drawRectclip, 64, 0, {0}},
	{"Display.cmap2rgb", 0xda836903, drawDisplaycmap2rgb, 40, 2, {0x00, 0x80}},
	{"Display.cmap2rgba", 0x0a64b341, drawDisplaycmap2rgba, 40, 2, {0x00, 0x80}},
	{"Display.color", 0xac54c4aa, drawDisplaycolor, 40, 2, {0x00, 0x80}},
	{"Display.colormix", 0x9e941050, drawDisplaycolormix, 48, 2, {0x00, 0x80}},
	{"Rect.combine", 0x35d786ac, drawRectcombine, 64, 0, {0}},
	{"Rect.contains", 0x5f13af31, drawRectcontains, 56, 0, {0}},
	{"Chans.depth", 0x090b71a6, drawChansdepth, 40, 0, {0}},
	{"Point.div", 0x7f0ac44e, drawPointdiv, 48, 0, {0}},
	{"Image.draw", 0xe2951762, drawImagedraw, 72, 2, {0x00, 0x86}},
	{"Image.drawop", 0x7e2751d3, drawImagedrawop, 72, 2, {0x00, 0x86}},
	{"Rect.dx", 0x8db540cc, drawRectdx, 48, 0, {0}},
	{"Rect.dy", 0x8db540cc, drawRectdy, 48, 0, {0}},
	{"Image.ellipse", 0xea6f2000, drawImageellipse, 72, 2, {0x00, 0x82}},
	{"Image.ellipseop", 0xc0af34c6, drawImageellipseop, 72, 2, {0x00, 0x82}},
	{"Chans.eq", 0x2ba41fd4, drawChanseq, 40, 0, {0}},
	{"Point.eq", 0xd0634e59, drawPointeq, 48, 0, {0}},
	{"Rect.eq", 0xd1fbcdc0, drawRecteq, 64, 0, {0}},
	{"Image.fillarc", 0x784ac6f8, drawImagefillarc, 72, 2, {0x00, 0x84}},
	{"Image.fillarcop", 0x0bbcdbdd, drawImagefillarcop, 80, 2, {0x00, 0x84}},
	{"Image.fillbezier", 0x4a07ed44, drawImagefillbezier, 88, 3, {0x00, 0x80, 0x20}},
	{"Image.fillbezierop", 0xb3796aa0, drawImagefillbezierop, 88, 3, {0x00, 0x80, 0x20}},
	{"Image.fillbezspline", 0x4aac99aa, drawImagefillbezspline, 56, 2, {0x00, 0xd0}},
	{"Image.fillbezsplineop", 0x6288a256, drawImagefillbezsplineop, 64, 2, {0x00, 0xd0}},
	{"Image.fillellipse", 0xc2961c2b, drawImagefillellipse, 64, 2, {0x00, 0x84}},
	{"Image.fillellipseop", 0x9816222d, drawImagefillellipseop, 72, 2, {0x00, 0x84}},
	{"Image.fillpoly", 0x4aac99aa, drawImagefillpoly, 56, 2, {0x00, 0xd0}},
	{"Image.fillpolyop", 0x6288a256, drawImagefillpolyop, 64, 2, {0x00, 0xd0}},
	{"Image.flush", 0xb09fc26e, drawImageflush, 40, 2, {0x00, 0x80}},
	{"Image.gendraw", 0xa30a11c7, drawImagegendraw, 80, 3, {0x00, 0x84, 0x80}},
	{"Image.gendrawop", 0x03e8228a, drawImagegendrawop, 80, 3, {0x00, 0x84, 0x80}},
	{"Display.getwindow", 0xdfbf1d73, drawDisplaygetwindow, 56, 2, {0x00, 0xf0}},
	{"icossin", 0x010ea0ce, drawicossin, 40, 0, {0}},
	{"icossin2", 0xd07585f7, drawicossin2, 40, 0, {0}},
	{"Point.in", 0xcf69adf9, drawPointin, 56, 0, {0}},
	{"Rect.inrect", 0xd1fbcdc0, drawRectinrect, 64, 0, {0}},
	{"Rect.inset", 0x01fabb24, drawRectinset, 56, 0, {0}},
	{"Image.line", 0x7288c7b9, drawImageline, 80, 3, {0x00, 0x80, 0x80}},
	{"Image.lineop", 0xe34363b9, drawImagelineop, 80, 3, {0x00, 0x80, 0x80}},
	{"Chans.mk", 0xadae6aad, drawChansmk, 40, 2, {0x00, 0x80}},
	{"Point.mul", 0x7f0ac44e, drawPointmul, 48, 0, {0}},
	{"Image.name", 0xdff53107, drawImagename, 48, 2, {0x00, 0xc0}},
	{"Display.namedimage", 0x47522dfe, drawDisplaynamedimage, 40, 2, {0x00, 0xc0}},
	{"Display.newimage", 0xb8479988, drawDisplaynewimage, 64, 2, {0x00, 0x80}},
	{"Screen.newwindow", 0xcf19f7a8, drawScreennewwindow, 64, 2, {0x00, 0x80}},
	{"Display.open", 0x47522dfe, drawDisplayopen, 40, 2, {0x00, 0xc0}},
	{"Font.open", 0xddcb2ff0, drawFontopen, 40, 2, {0x00, 0xc0}},
	{"Image.origin", 0x9171b0bd, drawImageorigin, 56, 2, {0x00, 0x80}},
	{"Image.poly", 0x70f06194, drawImagepoly, 64, 2, {0x00, 0xc4}},
	{"Image.polyop", 0x94b3bea1, drawImagepolyop, 72, 2, {0x00, 0xc4}},
	{"Display.publicscreen", 0x507e0780, drawDisplaypublicscreen, 40, 2, {0x00, 0x80}},
	{"Display.readimage", 0xd38f4d48, drawDisplayreadimage, 40, 2, {0x00, 0xc0}},
	{"Image.readpixels", 0x93d30c7c, drawImagereadpixels, 56, 2, {0x00, 0x84}},
	{"Display.rgb", 0x8e71a513, drawDisplayrgb, 48, 2, {0x00, 0x80}},
	{"Display.rgb2cmap", 0xbf6c3d95, drawDisplayrgb2cmap, 48, 2, {0x00, 0x80}},
	{"setalpha", 0x6584767b, drawsetalpha, 40, 0, {0}},
	{"Rect.size", 0x3ecfd83e, drawRectsize, 48, 0, {0}},
	{"Display.startrefresh", 0xf0df9cae, drawDisplaystartrefresh, 40, 2, {0x00, 0x80}},
	{"Point.sub", 0x095a87a7, drawPointsub, 48, 0, {0}},
	{"Rect.subpt", 0xbcba91ad, drawRectsubpt, 56, 0, {0}},
	{"Chans.text", 0xb20b7b7b, drawChanstext, 40, 0, {0}},
	{"Image.text", 0xa5927686, drawImagetext, 64, 2, {0x00, 0x93}},
	{"Image.textbg", 0xbbb55403, drawImagetextbg, 80, 3, {0x00, 0x93, 0x80}},
	{"Image.textbgop", 0xea84ed21, drawImagetextbgop, 80, 3, {0x00, 0x93, 0x80}},
	{"Image.textop", 0x22b71b43, drawImagetextop, 72, 2, {0x00, 0x93}},
	{"Image.top", 0x642fa8b1, drawImagetop, 40, 2, {0x00, 0x80}},
	{"Screen.top", 0xe2817b5f, drawScreentop, 40, 2, {0x00, 0xc0}},
	{"Font.width", 0x1c70cba4, drawFontwidth, 40, 2, {0x00, 0xc0}},
	{"Display.writeimage", 0x7bd53940, drawDisplaywriteimage, 48, 2, {0x00, 0xe0}},
	{"Image.writepixels", 0x93d30c7c, drawImagewritepixels, 56, 2, {0x00, 0x84}},
	{nil},
};

void
drawmodinit(void)
{
	builtinmod("$Draw", drawtab);
}
