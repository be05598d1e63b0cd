# Conditional branches of every type, s REL m, each taken or not:
# one digit per relation (eq ne lt le gt ge), a group per operand
# pair. Bytes compare unsigned, words and bigs signed, reals by IEEE
# (NaN: only bnef jumps; -0 = 0), strings by code point (nil = "").
	module	Branches
	entry	init, $1
	datasize	128
	desc	$0, 128, "ffc0"
	desc	$1, 96, "00c2"	# 56: the result string
	desc	$2, 40, "00c0"	# print(fmt, string)

init:
	load	0(mp), $0, 4(mp)
	beqw	$1, $2, t0
	movw	$48, 68(fp)
	jmp	n0
t0:	movw	$49, 68(fp)
n0:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnew	$1, $2, t1
	movw	$48, 68(fp)
	jmp	n1
t1:	movw	$49, 68(fp)
n1:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltw	$1, $2, t2
	movw	$48, 68(fp)
	jmp	n2
t2:	movw	$49, 68(fp)
n2:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blew	$1, $2, t3
	movw	$48, 68(fp)
	jmp	n3
t3:	movw	$49, 68(fp)
n3:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtw	$1, $2, t4
	movw	$48, 68(fp)
	jmp	n4
t4:	movw	$49, 68(fp)
n4:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgew	$1, $2, t5
	movw	$48, 68(fp)
	jmp	n5
t5:	movw	$49, 68(fp)
n5:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqw	$2, $2, t6
	movw	$48, 68(fp)
	jmp	n6
t6:	movw	$49, 68(fp)
n6:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnew	$2, $2, t7
	movw	$48, 68(fp)
	jmp	n7
t7:	movw	$49, 68(fp)
n7:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltw	$2, $2, t8
	movw	$48, 68(fp)
	jmp	n8
t8:	movw	$49, 68(fp)
n8:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blew	$2, $2, t9
	movw	$48, 68(fp)
	jmp	n9
t9:	movw	$49, 68(fp)
n9:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtw	$2, $2, t10
	movw	$48, 68(fp)
	jmp	n10
t10:	movw	$49, 68(fp)
n10:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgew	$2, $2, t11
	movw	$48, 68(fp)
	jmp	n11
t11:	movw	$49, 68(fp)
n11:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqw	$3, $2, t12
	movw	$48, 68(fp)
	jmp	n12
t12:	movw	$49, 68(fp)
n12:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnew	$3, $2, t13
	movw	$48, 68(fp)
	jmp	n13
t13:	movw	$49, 68(fp)
n13:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltw	$3, $2, t14
	movw	$48, 68(fp)
	jmp	n14
t14:	movw	$49, 68(fp)
n14:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blew	$3, $2, t15
	movw	$48, 68(fp)
	jmp	n15
t15:	movw	$49, 68(fp)
n15:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtw	$3, $2, t16
	movw	$48, 68(fp)
	jmp	n16
t16:	movw	$49, 68(fp)
n16:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgew	$3, $2, t17
	movw	$48, 68(fp)
	jmp	n17
t17:	movw	$49, 68(fp)
n17:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqw	$-1, $1, t18
	movw	$48, 68(fp)
	jmp	n18
t18:	movw	$49, 68(fp)
n18:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnew	$-1, $1, t19
	movw	$48, 68(fp)
	jmp	n19
t19:	movw	$49, 68(fp)
n19:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltw	$-1, $1, t20
	movw	$48, 68(fp)
	jmp	n20
t20:	movw	$49, 68(fp)
n20:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blew	$-1, $1, t21
	movw	$48, 68(fp)
	jmp	n21
t21:	movw	$49, 68(fp)
n21:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtw	$-1, $1, t22
	movw	$48, 68(fp)
	jmp	n22
t22:	movw	$49, 68(fp)
n22:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgew	$-1, $1, t23
	movw	$48, 68(fp)
	jmp	n23
t23:	movw	$49, 68(fp)
n23:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqw	124(mp), 120(mp), t24
	movw	$48, 68(fp)
	jmp	n24
t24:	movw	$49, 68(fp)
n24:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnew	124(mp), 120(mp), t25
	movw	$48, 68(fp)
	jmp	n25
t25:	movw	$49, 68(fp)
n25:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltw	124(mp), 120(mp), t26
	movw	$48, 68(fp)
	jmp	n26
t26:	movw	$49, 68(fp)
n26:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blew	124(mp), 120(mp), t27
	movw	$48, 68(fp)
	jmp	n27
t27:	movw	$49, 68(fp)
n27:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtw	124(mp), 120(mp), t28
	movw	$48, 68(fp)
	jmp	n28
t28:	movw	$49, 68(fp)
n28:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgew	124(mp), 120(mp), t29
	movw	$48, 68(fp)
	jmp	n29
t29:	movw	$49, 68(fp)
n29:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 56(fp)
	beqb	40(mp), 41(mp), t30
	movw	$48, 68(fp)
	jmp	n30
t30:	movw	$49, 68(fp)
n30:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bneb	40(mp), 41(mp), t31
	movw	$48, 68(fp)
	jmp	n31
t31:	movw	$49, 68(fp)
n31:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltb	40(mp), 41(mp), t32
	movw	$48, 68(fp)
	jmp	n32
t32:	movw	$49, 68(fp)
n32:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bleb	40(mp), 41(mp), t33
	movw	$48, 68(fp)
	jmp	n33
t33:	movw	$49, 68(fp)
n33:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtb	40(mp), 41(mp), t34
	movw	$48, 68(fp)
	jmp	n34
t34:	movw	$49, 68(fp)
n34:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgeb	40(mp), 41(mp), t35
	movw	$48, 68(fp)
	jmp	n35
t35:	movw	$49, 68(fp)
n35:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqb	41(mp), 40(mp), t36
	movw	$48, 68(fp)
	jmp	n36
t36:	movw	$49, 68(fp)
n36:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bneb	41(mp), 40(mp), t37
	movw	$48, 68(fp)
	jmp	n37
t37:	movw	$49, 68(fp)
n37:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltb	41(mp), 40(mp), t38
	movw	$48, 68(fp)
	jmp	n38
t38:	movw	$49, 68(fp)
n38:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bleb	41(mp), 40(mp), t39
	movw	$48, 68(fp)
	jmp	n39
t39:	movw	$49, 68(fp)
n39:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtb	41(mp), 40(mp), t40
	movw	$48, 68(fp)
	jmp	n40
t40:	movw	$49, 68(fp)
n40:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgeb	41(mp), 40(mp), t41
	movw	$48, 68(fp)
	jmp	n41
t41:	movw	$49, 68(fp)
n41:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqb	42(mp), 42(mp), t42
	movw	$48, 68(fp)
	jmp	n42
t42:	movw	$49, 68(fp)
n42:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bneb	42(mp), 42(mp), t43
	movw	$48, 68(fp)
	jmp	n43
t43:	movw	$49, 68(fp)
n43:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltb	42(mp), 42(mp), t44
	movw	$48, 68(fp)
	jmp	n44
t44:	movw	$49, 68(fp)
n44:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bleb	42(mp), 42(mp), t45
	movw	$48, 68(fp)
	jmp	n45
t45:	movw	$49, 68(fp)
n45:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtb	42(mp), 42(mp), t46
	movw	$48, 68(fp)
	jmp	n46
t46:	movw	$49, 68(fp)
n46:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgeb	42(mp), 42(mp), t47
	movw	$48, 68(fp)
	jmp	n47
t47:	movw	$49, 68(fp)
n47:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 56(fp)
	beql	56(mp), 48(mp), t48
	movw	$48, 68(fp)
	jmp	n48
t48:	movw	$49, 68(fp)
n48:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnel	56(mp), 48(mp), t49
	movw	$48, 68(fp)
	jmp	n49
t49:	movw	$49, 68(fp)
n49:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltl	56(mp), 48(mp), t50
	movw	$48, 68(fp)
	jmp	n50
t50:	movw	$49, 68(fp)
n50:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blel	56(mp), 48(mp), t51
	movw	$48, 68(fp)
	jmp	n51
t51:	movw	$49, 68(fp)
n51:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtl	56(mp), 48(mp), t52
	movw	$48, 68(fp)
	jmp	n52
t52:	movw	$49, 68(fp)
n52:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgel	56(mp), 48(mp), t53
	movw	$48, 68(fp)
	jmp	n53
t53:	movw	$49, 68(fp)
n53:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beql	48(mp), 48(mp), t54
	movw	$48, 68(fp)
	jmp	n54
t54:	movw	$49, 68(fp)
n54:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnel	48(mp), 48(mp), t55
	movw	$48, 68(fp)
	jmp	n55
t55:	movw	$49, 68(fp)
n55:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltl	48(mp), 48(mp), t56
	movw	$48, 68(fp)
	jmp	n56
t56:	movw	$49, 68(fp)
n56:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blel	48(mp), 48(mp), t57
	movw	$48, 68(fp)
	jmp	n57
t57:	movw	$49, 68(fp)
n57:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtl	48(mp), 48(mp), t58
	movw	$48, 68(fp)
	jmp	n58
t58:	movw	$49, 68(fp)
n58:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgel	48(mp), 48(mp), t59
	movw	$48, 68(fp)
	jmp	n59
t59:	movw	$49, 68(fp)
n59:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beql	64(mp), 72(mp), t60
	movw	$48, 68(fp)
	jmp	n60
t60:	movw	$49, 68(fp)
n60:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnel	64(mp), 72(mp), t61
	movw	$48, 68(fp)
	jmp	n61
t61:	movw	$49, 68(fp)
n61:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltl	64(mp), 72(mp), t62
	movw	$48, 68(fp)
	jmp	n62
t62:	movw	$49, 68(fp)
n62:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blel	64(mp), 72(mp), t63
	movw	$48, 68(fp)
	jmp	n63
t63:	movw	$49, 68(fp)
n63:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtl	64(mp), 72(mp), t64
	movw	$48, 68(fp)
	jmp	n64
t64:	movw	$49, 68(fp)
n64:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgel	64(mp), 72(mp), t65
	movw	$48, 68(fp)
	jmp	n65
t65:	movw	$49, 68(fp)
n65:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 56(fp)
	beqf	80(mp), 88(mp), t66
	movw	$48, 68(fp)
	jmp	n66
t66:	movw	$49, 68(fp)
n66:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnef	80(mp), 88(mp), t67
	movw	$48, 68(fp)
	jmp	n67
t67:	movw	$49, 68(fp)
n67:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltf	80(mp), 88(mp), t68
	movw	$48, 68(fp)
	jmp	n68
t68:	movw	$49, 68(fp)
n68:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blef	80(mp), 88(mp), t69
	movw	$48, 68(fp)
	jmp	n69
t69:	movw	$49, 68(fp)
n69:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtf	80(mp), 88(mp), t70
	movw	$48, 68(fp)
	jmp	n70
t70:	movw	$49, 68(fp)
n70:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgef	80(mp), 88(mp), t71
	movw	$48, 68(fp)
	jmp	n71
t71:	movw	$49, 68(fp)
n71:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqf	96(mp), 80(mp), t72
	movw	$48, 68(fp)
	jmp	n72
t72:	movw	$49, 68(fp)
n72:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnef	96(mp), 80(mp), t73
	movw	$48, 68(fp)
	jmp	n73
t73:	movw	$49, 68(fp)
n73:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltf	96(mp), 80(mp), t74
	movw	$48, 68(fp)
	jmp	n74
t74:	movw	$49, 68(fp)
n74:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blef	96(mp), 80(mp), t75
	movw	$48, 68(fp)
	jmp	n75
t75:	movw	$49, 68(fp)
n75:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtf	96(mp), 80(mp), t76
	movw	$48, 68(fp)
	jmp	n76
t76:	movw	$49, 68(fp)
n76:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgef	96(mp), 80(mp), t77
	movw	$48, 68(fp)
	jmp	n77
t77:	movw	$49, 68(fp)
n77:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqf	96(mp), 96(mp), t78
	movw	$48, 68(fp)
	jmp	n78
t78:	movw	$49, 68(fp)
n78:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnef	96(mp), 96(mp), t79
	movw	$48, 68(fp)
	jmp	n79
t79:	movw	$49, 68(fp)
n79:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltf	96(mp), 96(mp), t80
	movw	$48, 68(fp)
	jmp	n80
t80:	movw	$49, 68(fp)
n80:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blef	96(mp), 96(mp), t81
	movw	$48, 68(fp)
	jmp	n81
t81:	movw	$49, 68(fp)
n81:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtf	96(mp), 96(mp), t82
	movw	$48, 68(fp)
	jmp	n82
t82:	movw	$49, 68(fp)
n82:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgef	96(mp), 96(mp), t83
	movw	$48, 68(fp)
	jmp	n83
t83:	movw	$49, 68(fp)
n83:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqf	104(mp), 112(mp), t84
	movw	$48, 68(fp)
	jmp	n84
t84:	movw	$49, 68(fp)
n84:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnef	104(mp), 112(mp), t85
	movw	$48, 68(fp)
	jmp	n85
t85:	movw	$49, 68(fp)
n85:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltf	104(mp), 112(mp), t86
	movw	$48, 68(fp)
	jmp	n86
t86:	movw	$49, 68(fp)
n86:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blef	104(mp), 112(mp), t87
	movw	$48, 68(fp)
	jmp	n87
t87:	movw	$49, 68(fp)
n87:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtf	104(mp), 112(mp), t88
	movw	$48, 68(fp)
	jmp	n88
t88:	movw	$49, 68(fp)
n88:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgef	104(mp), 112(mp), t89
	movw	$48, 68(fp)
	jmp	n89
t89:	movw	$49, 68(fp)
n89:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 56(fp)
	beqc	16(mp), 20(mp), t90
	movw	$48, 68(fp)
	jmp	n90
t90:	movw	$49, 68(fp)
n90:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnec	16(mp), 20(mp), t91
	movw	$48, 68(fp)
	jmp	n91
t91:	movw	$49, 68(fp)
n91:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltc	16(mp), 20(mp), t92
	movw	$48, 68(fp)
	jmp	n92
t92:	movw	$49, 68(fp)
n92:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blec	16(mp), 20(mp), t93
	movw	$48, 68(fp)
	jmp	n93
t93:	movw	$49, 68(fp)
n93:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtc	16(mp), 20(mp), t94
	movw	$48, 68(fp)
	jmp	n94
t94:	movw	$49, 68(fp)
n94:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgec	16(mp), 20(mp), t95
	movw	$48, 68(fp)
	jmp	n95
t95:	movw	$49, 68(fp)
n95:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqc	24(mp), 16(mp), t96
	movw	$48, 68(fp)
	jmp	n96
t96:	movw	$49, 68(fp)
n96:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnec	24(mp), 16(mp), t97
	movw	$48, 68(fp)
	jmp	n97
t97:	movw	$49, 68(fp)
n97:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltc	24(mp), 16(mp), t98
	movw	$48, 68(fp)
	jmp	n98
t98:	movw	$49, 68(fp)
n98:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blec	24(mp), 16(mp), t99
	movw	$48, 68(fp)
	jmp	n99
t99:	movw	$49, 68(fp)
n99:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtc	24(mp), 16(mp), t100
	movw	$48, 68(fp)
	jmp	n100
t100:	movw	$49, 68(fp)
n100:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgec	24(mp), 16(mp), t101
	movw	$48, 68(fp)
	jmp	n101
t101:	movw	$49, 68(fp)
n101:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqc	12(mp), 28(mp), t102
	movw	$48, 68(fp)
	jmp	n102
t102:	movw	$49, 68(fp)
n102:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnec	12(mp), 28(mp), t103
	movw	$48, 68(fp)
	jmp	n103
t103:	movw	$49, 68(fp)
n103:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltc	12(mp), 28(mp), t104
	movw	$48, 68(fp)
	jmp	n104
t104:	movw	$49, 68(fp)
n104:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blec	12(mp), 28(mp), t105
	movw	$48, 68(fp)
	jmp	n105
t105:	movw	$49, 68(fp)
n105:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtc	12(mp), 28(mp), t106
	movw	$48, 68(fp)
	jmp	n106
t106:	movw	$49, 68(fp)
n106:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgec	12(mp), 28(mp), t107
	movw	$48, 68(fp)
	jmp	n107
t107:	movw	$49, 68(fp)
n107:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqc	32(mp), 36(mp), t108
	movw	$48, 68(fp)
	jmp	n108
t108:	movw	$49, 68(fp)
n108:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnec	32(mp), 36(mp), t109
	movw	$48, 68(fp)
	jmp	n109
t109:	movw	$49, 68(fp)
n109:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltc	32(mp), 36(mp), t110
	movw	$48, 68(fp)
	jmp	n110
t110:	movw	$49, 68(fp)
n110:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blec	32(mp), 36(mp), t111
	movw	$48, 68(fp)
	jmp	n111
t111:	movw	$49, 68(fp)
n111:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtc	32(mp), 36(mp), t112
	movw	$48, 68(fp)
	jmp	n112
t112:	movw	$49, 68(fp)
n112:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgec	32(mp), 36(mp), t113
	movw	$48, 68(fp)
	jmp	n113
t113:	movw	$49, 68(fp)
n113:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	lenc	56(fp), 72(fp)
	insc	$32, 72(fp), 56(fp)
	beqc	36(mp), 16(mp), t114
	movw	$48, 68(fp)
	jmp	n114
t114:	movw	$49, 68(fp)
n114:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bnec	36(mp), 16(mp), t115
	movw	$48, 68(fp)
	jmp	n115
t115:	movw	$49, 68(fp)
n115:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bltc	36(mp), 16(mp), t116
	movw	$48, 68(fp)
	jmp	n116
t116:	movw	$49, 68(fp)
n116:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	blec	36(mp), 16(mp), t117
	movw	$48, 68(fp)
	jmp	n117
t117:	movw	$49, 68(fp)
n117:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgtc	36(mp), 16(mp), t118
	movw	$48, 68(fp)
	jmp	n118
t118:	movw	$49, 68(fp)
n118:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	bgec	36(mp), 16(mp), t119
	movw	$48, 68(fp)
	jmp	n119
t119:	movw	$49, 68(fp)
n119:	lenc	56(fp), 72(fp)
	insc	68(fp), 72(fp), 56(fp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 56(fp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%s\n"
	string	@mp+16, "abc"
	string	@mp+20, "abd"
	string	@mp+24, "ab"
	string	@mp+28, ""
	string	@mp+32, "é"
	string	@mp+36, "z"
	byte	@mp+40, 200, 100, 7
	big	@mp+48, 9223372036854775807, -9223372036854775808, 0x100000000, 1
	real	@mp+80, 1.5, 2.5, 0x7ff8000000000000, -0, 0
	word	@mp+120, 2147483647, -2147483648

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

